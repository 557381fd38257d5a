-- id: assessment.data.ora.indexes
-- engine: oracle
-- versions: [10.2,11.2]
SELECT owner, index_name, table_owner, table_name
FROM dba_indexes
WHERE index_type <> 'LOB'
