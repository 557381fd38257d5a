-- id: assessment.perf.ora.pga
-- engine: oracle
-- versions: [10.2,11.2]
SELECT name, value FROM v$pgastat WHERE unit = 'bytes'
