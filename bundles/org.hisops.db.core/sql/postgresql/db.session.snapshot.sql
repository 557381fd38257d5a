-- id: db.session.snapshot
-- engine: postgresql
-- versions: [9.6,)
-- DatabaseSessions.readSnapshot: one snapshot for every statement of the work (data verification); read-only.
SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY
