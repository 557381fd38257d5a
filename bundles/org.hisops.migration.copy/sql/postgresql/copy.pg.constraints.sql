-- id: copy.pg.constraints
-- engine: postgresql
-- versions: [10,)
-- Primary, unique, foreign and check constraints with their definition and key columns in key order
-- (column names joined by U+001F).
SELECT c.relname, k.conname, k.contype, pg_get_constraintdef(k.oid, true), k.convalidated,
       array_to_string(ARRAY(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY AS u(num, ord)
                             JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.num
                             ORDER BY u.ord), chr(31))
FROM pg_constraint k
JOIN pg_class c ON c.oid = k.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ? AND k.contype IN ('p', 'u', 'f', 'c') AND c.relkind IN ('r', 'p') AND NOT c.relispartition
ORDER BY c.relname, k.contype, k.conname
