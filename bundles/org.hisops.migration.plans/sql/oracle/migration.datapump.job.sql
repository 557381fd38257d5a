-- id: migration.datapump.job
-- engine: oracle
-- versions: [10.2,11.2]
SELECT owner_name, job_name, operation, job_mode, state, degree, attached_sessions, datapump_sessions FROM dba_datapump_jobs WHERE owner_name = ? AND job_name = ?
