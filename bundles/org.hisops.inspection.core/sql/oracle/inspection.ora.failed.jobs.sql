-- id: inspection.ora.failed.jobs
-- engine: oracle
-- versions: [10.2,11.2]
-- The time as the server writes it (LOG_DATE is a TIMESTAMP WITH TIME ZONE, which drivers map differently).
SELECT owner, job_name, COUNT(*) failures, TO_CHAR(MAX(log_date), 'YYYY-MM-DD HH24:MI') last_failure
FROM dba_scheduler_job_run_details
WHERE status = 'FAILED' AND log_date > SYSDATE - 7
GROUP BY owner, job_name
ORDER BY owner, job_name
