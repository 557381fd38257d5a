-- id: migration.tables
-- engine: oracle
-- versions: [10.2,)
-- The owner's tables, for a migration project's table filters (hisops-cli verify --project), as the copy reads
-- them (copy.oracle.tables); BIN$ names are dropped tables in the recycle bin.
SELECT table_name
FROM dba_tables
WHERE owner = ? AND table_name NOT LIKE 'BIN$%'
ORDER BY table_name
