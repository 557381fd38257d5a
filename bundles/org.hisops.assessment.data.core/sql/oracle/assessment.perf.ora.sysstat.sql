-- id: assessment.perf.ora.sysstat
-- engine: oracle
-- versions: [10.2,11.2]
SELECT name, value
FROM v$sysstat
WHERE name IN ('DB time', 'CPU used by this session', 'session logical reads', 'physical reads', 'physical writes',
    'redo size', 'user calls', 'parse count (total)', 'parse count (hard)', 'execute count', 'user commits',
    'user rollbacks', 'sorts (disk)', 'logons cumulative', 'bytes sent via SQL*Net to client')
