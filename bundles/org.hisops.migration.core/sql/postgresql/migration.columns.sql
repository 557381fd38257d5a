-- id: migration.columns
-- engine: postgresql
-- versions: [9.6,)
-- The columns of a table in order: name, type (pg_type.typname, e.g. int4, numeric, bpchar, timestamptz) and the
-- declared length of character types (else NULL).
SELECT a.attname, t.typname,
       CASE WHEN t.typname IN ('varchar', 'bpchar') AND a.atttypmod > 4 THEN a.atttypmod - 4 END
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
WHERE n.nspname = ? AND c.relname = ? AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attnum
