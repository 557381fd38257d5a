-- id: copy.pg.snapshot
-- engine: postgresql
-- versions: [10,)
-- One snapshot for a table's count and rows; the coordinator's is exported to the workers.
SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY
