-- id: readiness.pg.removed.types
-- engine: postgresql
-- versions: [9.6,12)
-- pg_upgrade's check for the types PostgreSQL 12 removed (abstime, reltime, tinterval) and for sql_identifier,
-- whose on-disk format changed in 12.
SELECT n.nspname AS schema_name, c.relname AS table_name, a.attname AS column_name, t.typname AS type_name
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
WHERE t.typname IN ('abstime', 'reltime', 'tinterval', 'sql_identifier') AND c.relkind IN ('r', 'm')
  AND a.attnum > 0 AND NOT a.attisdropped AND n.nspname NOT IN ('pg_catalog', 'information_schema')
ORDER BY 1, 2, 3
