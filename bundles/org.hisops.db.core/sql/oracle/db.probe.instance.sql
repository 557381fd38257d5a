-- id: db.probe.instance
-- engine: oracle
-- versions: [10.2,)
SELECT instance_name, host_name, version FROM v$instance
