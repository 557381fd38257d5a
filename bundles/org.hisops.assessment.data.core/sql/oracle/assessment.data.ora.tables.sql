-- id: assessment.data.ora.tables
-- engine: oracle
-- versions: [11.1,11.2]
SELECT owner, table_name, num_rows, last_analyzed, stale_stats
FROM dba_tab_statistics
WHERE object_type = 'TABLE'
