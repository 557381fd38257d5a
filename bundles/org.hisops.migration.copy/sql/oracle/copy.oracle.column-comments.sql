-- id: copy.oracle.column-comments
-- engine: oracle
-- versions: [10.2,)
-- Column comments (COMMENT ON COLUMN), copied with the columns.
SELECT table_name, column_name, comments
FROM dba_col_comments
WHERE owner = ? AND comments IS NOT NULL
