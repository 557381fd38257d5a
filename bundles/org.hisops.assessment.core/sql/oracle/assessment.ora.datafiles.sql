-- id: assessment.ora.datafiles
-- engine: oracle
-- versions: [10.2,11.2]
SELECT d.tablespace_name, t.contents, d.file_name, d.bytes, d.autoextensible, d.maxbytes
FROM dba_data_files d, dba_tablespaces t
WHERE t.tablespace_name = d.tablespace_name
ORDER BY d.tablespace_name, d.file_name
