-- id: copy.oracle.index-columns
-- engine: oracle
-- versions: [10.2,)
-- The indexed columns in index order (a function-based index shows SYS_NC... here; its expression is not read).
SELECT index_name, column_name, column_position
FROM dba_ind_columns
WHERE index_owner = ?
ORDER BY index_name, column_position
