-- id: db.probe.database
-- engine: oracle
-- versions: [10.2,)
SELECT name, open_mode, database_role FROM v$database
