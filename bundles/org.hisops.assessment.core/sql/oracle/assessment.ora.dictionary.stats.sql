-- id: assessment.ora.dictionary.stats
-- engine: oracle
-- versions: [10.2,11.2]
SELECT owner, COUNT(*) tables, MAX(last_analyzed) last_analyzed
FROM dba_tables
WHERE owner IN ('SYS', 'SYSTEM')
GROUP BY owner
ORDER BY owner
