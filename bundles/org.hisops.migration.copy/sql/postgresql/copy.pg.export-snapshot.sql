-- id: copy.pg.export-snapshot
-- engine: postgresql
-- versions: [10,)
-- The coordinator's snapshot, adopted by every table worker (SET TRANSACTION SNAPSHOT), so all tables are read
-- as of one moment.
SELECT pg_export_snapshot()
