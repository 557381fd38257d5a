-- id: copy.oracle.table-comments
-- engine: oracle
-- versions: [10.2,)
-- Table comments (COMMENT ON TABLE), copied with the tables.
SELECT table_name, comments
FROM dba_tab_comments
WHERE owner = ? AND table_type = 'TABLE' AND comments IS NOT NULL
