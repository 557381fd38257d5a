-- id: migration.tables
-- engine: postgresql
-- versions: [9.6,)
-- The schema's ordinary and partitioned tables (not the partitions), for a migration project's table filters
-- (hisops-cli verify --project).
SELECT c.relname
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition
ORDER BY c.relname
