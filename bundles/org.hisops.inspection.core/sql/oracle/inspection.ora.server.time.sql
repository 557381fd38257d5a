-- id: inspection.ora.server.time
-- engine: oracle
-- versions: [10.2,11.2]
SELECT SYSDATE server_time FROM dual
