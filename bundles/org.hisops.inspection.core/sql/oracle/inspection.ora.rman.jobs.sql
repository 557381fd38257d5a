-- id: inspection.ora.rman.jobs
-- engine: oracle
-- versions: [10.2,11.2]
-- RMAN jobs of the last eight days (V$RMAN_BACKUP_JOB_DETAILS exists from 10.2 on), with the server's clock so
-- the backup's age is measured on the server, not on the inspector's laptop.
SELECT session_key, input_type, status, start_time, end_time, output_bytes, SYSDATE server_time
FROM v$rman_backup_job_details
WHERE start_time > SYSDATE - 8
ORDER BY start_time
