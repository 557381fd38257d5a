-- id: readiness.pg.bloat
-- engine: postgresql
-- versions: [9.6,)
-- Statistics-based bloat estimate: the share of dead rows (n_dead_tup / (n_live_tup + n_dead_tup) of
-- pg_stat_user_tables) applied to the table's size. No pgstattuple scan: it costs nothing on a busy HIS server.
SELECT schemaname AS schema_name, relname AS table_name, n_live_tup, n_dead_tup,
       pg_table_size(relid) AS table_bytes,
       round(100.0 * n_dead_tup / nullif(n_live_tup + n_dead_tup, 0), 1) AS dead_percent,
       last_autovacuum, last_vacuum
FROM pg_stat_user_tables
WHERE n_dead_tup > 0
ORDER BY n_dead_tup DESC
