-- id: copy.oracle.tables
-- engine: oracle
-- versions: [10.2,)
-- The owner's tables; BIN$ names are dropped tables in the recycle bin, not copied.
SELECT table_name
FROM dba_tables
WHERE owner = ? AND table_name NOT LIKE 'BIN$%'
ORDER BY table_name
