-- id: readiness.pg.unknown.type
-- engine: postgresql
-- versions: [9.6,10)
-- pg_upgrade's check for columns of type unknown (upgrades from 9.6 and before).
SELECT n.nspname AS schema_name, c.relname AS table_name, a.attname AS column_name, 'unknown' AS type_name
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE a.atttypid = 'pg_catalog.unknown'::pg_catalog.regtype AND c.relkind IN ('r', 'm', 'c')
  AND a.attnum > 0 AND NOT a.attisdropped AND n.nspname NOT IN ('pg_catalog', 'information_schema')
ORDER BY 1, 2, 3
