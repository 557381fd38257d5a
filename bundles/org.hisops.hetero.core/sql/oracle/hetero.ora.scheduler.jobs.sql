-- id: hetero.ora.scheduler.jobs
-- engine: oracle
-- versions: [10.2,11.2]
SELECT job_name, job_type, job_action, schedule_type
FROM dba_scheduler_jobs
WHERE owner = ?
ORDER BY job_name
