-- id: inspection.pg.long.transactions
-- engine: postgresql
-- versions: [9.6,)
-- Transactions open longer than the threshold (seconds, the parameter): they hold back VACUUM and locks.
SELECT pid, usename, datname, state, CAST(EXTRACT(EPOCH FROM now() - xact_start) AS bigint) seconds
FROM pg_stat_activity
WHERE xact_start IS NOT NULL AND now() - xact_start > make_interval(secs => ?) AND pid <> pg_backend_pid()
ORDER BY xact_start
