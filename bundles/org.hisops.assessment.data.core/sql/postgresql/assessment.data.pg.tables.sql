-- id: assessment.data.pg.tables
-- engine: postgresql
-- versions: [12,)
SELECT n.nspname, r.relname,
       SUM(pg_table_size(c.oid) - COALESCE(pg_table_size(NULLIF(c.reltoastrelid, 0)), 0)) table_bytes,
       SUM(pg_indexes_size(c.oid)) index_bytes,
       SUM(COALESCE(pg_total_relation_size(NULLIF(c.reltoastrelid, 0)), 0)) toast_bytes,
       COUNT(*) FILTER (WHERE c.relispartition) partitions,
       MAX(r.reltuples) FILTER (WHERE r.relkind = 'r') reltuples,
       SUM(GREATEST(c.reltuples, 0)) FILTER (WHERE c.relispartition) partition_tuples,
       MAX(GREATEST(s.last_analyze, s.last_autoanalyze)) last_analyzed,
       SUM(s.n_mod_since_analyze) modified
FROM pg_class c
JOIN pg_class r ON r.oid = COALESCE(pg_partition_root(c.oid), c.oid)
JOIN pg_namespace n ON n.oid = r.relnamespace
LEFT JOIN pg_stat_all_tables s ON s.relid = c.oid
WHERE c.relkind IN ('r', 'p')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'
GROUP BY n.nspname, r.relname
