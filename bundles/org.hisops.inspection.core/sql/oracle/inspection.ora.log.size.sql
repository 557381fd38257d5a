-- id: inspection.ora.log.size
-- engine: oracle
-- versions: [10.2,11.2]
SELECT thread#, COUNT(*) groups, MAX(bytes) log_bytes FROM v$log GROUP BY thread# ORDER BY thread#
