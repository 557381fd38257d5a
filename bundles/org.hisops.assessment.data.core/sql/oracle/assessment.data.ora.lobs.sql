-- id: assessment.data.ora.lobs
-- engine: oracle
-- versions: [10.2,11.2]
SELECT owner, table_name, column_name, segment_name, index_name
FROM dba_lobs
