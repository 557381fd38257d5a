-- id: db.session.readonly
-- engine: oracle
-- versions: [10.2,)
-- Starts each piece of HisOps work: DML in it fails with ORA-01456, and it is rolled back at its end.
SET TRANSACTION READ ONLY
