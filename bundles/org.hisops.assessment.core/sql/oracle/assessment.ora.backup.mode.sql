-- id: assessment.ora.backup.mode
-- engine: oracle
-- versions: [10.2,11.2]
SELECT b.file#, d.file_name, d.tablespace_name, b.time
FROM v$backup b, dba_data_files d
WHERE b.status = 'ACTIVE' AND d.file_id = b.file#
ORDER BY b.file#
