-- id: readiness.pg.prepared.xacts
-- engine: postgresql
-- versions: [9.6,)
-- pg_upgrade's check_for_prepared_transactions: an upgrade stops on any prepared transaction.
SELECT gid, owner, database, prepared
FROM pg_prepared_xacts
ORDER BY prepared
