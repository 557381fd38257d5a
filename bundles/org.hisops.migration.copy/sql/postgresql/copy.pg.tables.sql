-- id: copy.pg.tables
-- engine: postgresql
-- versions: [10,)
-- Ordinary and partitioned tables of the schema (a partition is copied through its parent), with their comment.
SELECT c.relname, obj_description(c.oid, 'pg_class')
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition
ORDER BY c.relname
