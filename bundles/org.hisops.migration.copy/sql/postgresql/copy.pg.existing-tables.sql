-- id: copy.pg.existing-tables
-- engine: postgresql
-- versions: [10,)
-- Tables the target schema holds already (partitions too: a name taken is taken), which a copy refuses to touch.
SELECT c.relname
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ? AND c.relkind IN ('r', 'p')
