-- id: inspection.pg.dead.tuples
-- engine: postgresql
-- versions: [9.6,)
-- Dead rows VACUUM has not reclaimed yet: the cheap, statistics-based estimate of table bloat. The parameter is the
-- site's minimum count (threshold dead.rows.minimum).
SELECT schemaname, relname, n_live_tup, n_dead_tup, last_autovacuum, last_vacuum
FROM pg_stat_user_tables
WHERE n_dead_tup > ?
ORDER BY n_dead_tup DESC
