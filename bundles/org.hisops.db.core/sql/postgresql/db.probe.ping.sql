-- id: db.probe.ping
-- engine: postgresql
-- versions: [9.6,)
SELECT 1
