-- id: hetero.ora.columns
-- engine: oracle
-- versions: [10.2,11.2]
SELECT table_name, column_name, data_type, data_length, data_precision, data_scale, column_id
FROM dba_tab_columns
WHERE owner = ?
ORDER BY table_name, column_id
