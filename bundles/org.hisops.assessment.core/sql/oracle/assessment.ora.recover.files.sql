-- id: assessment.ora.recover.files
-- engine: oracle
-- versions: [10.2,11.2]
SELECT file#, online_status, error, change# FROM v$recover_file ORDER BY file#
