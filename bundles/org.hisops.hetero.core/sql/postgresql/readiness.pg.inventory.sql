-- id: readiness.pg.inventory
-- engine: postgresql
-- versions: [9.6,)
-- Objects per schema: tables (r, p), indexes (i, I), views (v), materialised views (m), sequences (S), functions.
SELECT n.nspname AS schema_name, c.relkind::text AS kind, count(*) AS objects
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%'
  AND n.nspname NOT LIKE 'pg\_temp\_%' AND c.relkind IN ('r', 'p', 'i', 'I', 'v', 'm', 'S')
GROUP BY n.nspname, c.relkind
UNION ALL
SELECT n.nspname, 'f', count(*)
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
GROUP BY n.nspname
ORDER BY 1, 2
