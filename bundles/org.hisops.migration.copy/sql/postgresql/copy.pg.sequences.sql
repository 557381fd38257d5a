-- id: copy.pg.sequences
-- engine: postgresql
-- versions: [10,)
-- Sequences of the schema except those of identity columns (the target's identity makes its own).
SELECT s.sequencename, s.min_value, s.max_value, s.increment_by, s.cycle, s.cache_size, s.last_value
FROM pg_sequences s
WHERE s.schemaname = ?
  AND NOT EXISTS (SELECT 1 FROM pg_depend d JOIN pg_class q ON q.oid = d.objid
                  JOIN pg_namespace qn ON qn.oid = q.relnamespace
                  WHERE qn.nspname = s.schemaname AND q.relname = s.sequencename AND d.deptype = 'i')
ORDER BY s.sequencename
