-- id: hetero.ora.jobs
-- engine: oracle
-- versions: [10.2,11.2]
-- DBMS_JOB jobs run as the schema (SCHEMA_USER); the Scheduler's jobs are read by hetero.ora.scheduler.jobs.
-- INTERVAL is quoted: it is a keyword (Oracle takes it bare in a select list, the emulation does not).
SELECT job, what, "INTERVAL", broken
FROM dba_jobs
WHERE schema_user = ?
ORDER BY job
