-- id: assessment.perf.ora.sga
-- engine: oracle
-- versions: [10.2,11.2]
SELECT name, value FROM v$sga
