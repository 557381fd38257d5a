-- id: db.probe.ping
-- engine: oracle
-- versions: [10.2,)
SELECT 1 FROM dual
