-- id: assessment.ora.tempfiles
-- engine: oracle
-- versions: [10.2,11.2]
SELECT tablespace_name, file_name, bytes, autoextensible, maxbytes FROM dba_temp_files ORDER BY tablespace_name, file_name
