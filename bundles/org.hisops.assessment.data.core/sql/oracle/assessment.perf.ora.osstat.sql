-- id: assessment.perf.ora.osstat
-- engine: oracle
-- versions: [10.2,11.2]
SELECT stat_name, value FROM v$osstat
