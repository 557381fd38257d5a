-- id: readiness.pg.with.oids
-- engine: postgresql
-- versions: [9.6,12)
-- pg_upgrade's check_for_tables_with_oids: PostgreSQL 12 dropped WITH OIDS.
SELECT n.nspname AS schema_name, c.relname AS table_name
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relhasoids AND n.nspname NOT IN ('pg_catalog')
ORDER BY 1, 2
