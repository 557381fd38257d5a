-- id: readiness.pg.invalid.indexes
-- engine: postgresql
-- versions: [9.6,)
-- Indexes left invalid by a failed CREATE INDEX CONCURRENTLY or REINDEX CONCURRENTLY (pg_index.indisvalid).
SELECT n.nspname AS schema_name, ic.relname AS index_name, tc.relname AS table_name
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_class tc ON tc.oid = i.indrelid
JOIN pg_namespace n ON n.oid = ic.relnamespace
WHERE NOT i.indisvalid
ORDER BY 1, 2
