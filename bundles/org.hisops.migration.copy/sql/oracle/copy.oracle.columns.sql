-- id: copy.oracle.columns
-- engine: oracle
-- versions: [10.2,)
-- Columns in order; CHAR_USED says whether a length counts bytes (B) or characters (C). DATA_DEFAULT is LONG.
SELECT table_name, column_name, data_type, data_length, data_precision, data_scale, nullable, data_default,
       char_length, char_used
FROM dba_tab_columns
WHERE owner = ?
ORDER BY table_name, column_id
