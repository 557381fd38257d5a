-- id: assessment.data.pg.table.names
-- engine: postgresql
-- versions: [12,)
SELECT n.nspname, c.relname
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
