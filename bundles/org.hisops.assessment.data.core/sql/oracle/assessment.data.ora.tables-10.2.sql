-- id: assessment.data.ora.tables
-- engine: oracle
-- versions: [10.2,11.1)
SELECT s.owner, s.table_name, s.num_rows, s.last_analyzed, m.changes
FROM dba_tab_statistics s
LEFT JOIN (SELECT table_owner, table_name, SUM(inserts + updates + deletes) changes
           FROM dba_tab_modifications
           WHERE partition_name IS NULL
           GROUP BY table_owner, table_name) m
  ON m.table_owner = s.owner AND m.table_name = s.table_name
WHERE s.object_type = 'TABLE'
