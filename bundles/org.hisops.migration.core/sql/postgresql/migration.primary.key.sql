-- id: migration.primary.key
-- engine: postgresql
-- versions: [9.6,)
-- The primary key's columns in key order.
SELECT a.attname
FROM pg_index i
JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord) ON true
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
WHERE n.nspname = ? AND c.relname = ? AND i.indisprimary
ORDER BY k.ord
