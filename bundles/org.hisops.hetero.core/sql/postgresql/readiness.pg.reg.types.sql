-- id: readiness.pg.reg.types
-- engine: postgresql
-- versions: [9.6,)
-- pg_upgrade's check_for_reg_data_type_usage: these reg* types store OIDs that pg_upgrade does not preserve
-- (regclass, regrole and regtype are allowed: pg_upgrade keeps those OIDs). Arrays of them count too.
SELECT n.nspname AS schema_name, c.relname AS table_name, a.attname AS column_name, t.typname AS type_name
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_type e ON e.oid = t.typelem AND t.typcategory = 'A'
WHERE c.relkind IN ('r', 'm', 'p') AND a.attnum > 0 AND NOT a.attisdropped
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND coalesce(e.typname, t.typname) IN ('regcollation', 'regconfig', 'regdictionary', 'regnamespace', 'regoper',
      'regoperator', 'regproc', 'regprocedure')
ORDER BY 1, 2, 3
