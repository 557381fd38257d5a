-- id: copy.oracle.indexes
-- engine: oracle
-- versions: [10.2,)
-- Indexes of the owner's tables: NORMAL, NORMAL/REV, BITMAP, FUNCTION-BASED ..., DOMAIN, IOT - TOP, CLUSTER.
SELECT index_name, index_type, table_name, uniqueness
FROM dba_indexes
WHERE owner = ? AND table_owner = owner
ORDER BY table_name, index_name
