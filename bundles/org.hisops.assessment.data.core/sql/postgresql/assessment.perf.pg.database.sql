-- id: assessment.perf.pg.database
-- engine: postgresql
-- versions: [12,)
SELECT xact_commit, xact_rollback, blks_read, blks_hit, tup_returned, tup_fetched, tup_inserted, tup_updated,
       tup_deleted, temp_bytes, deadlocks
FROM pg_stat_database
WHERE datname = current_database()
