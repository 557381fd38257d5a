-- id: copy.pg.indexes
-- engine: postgresql
-- versions: [10,)
-- Indexes that no constraint owns (a constraint's index comes with the constraint), with their definition and
-- whether they index expressions.
SELECT c.relname, i.relname, x.indisunique, pg_get_indexdef(x.indexrelid), x.indexprs IS NOT NULL
FROM pg_index x
JOIN pg_class i ON i.oid = x.indexrelid
JOIN pg_class c ON c.oid = x.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u', 'x'))
ORDER BY c.relname, i.relname
