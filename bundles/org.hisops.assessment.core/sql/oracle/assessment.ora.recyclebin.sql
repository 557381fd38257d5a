-- id: assessment.ora.recyclebin
-- engine: oracle
-- versions: [10.2,11.2]
SELECT owner, COUNT(*) objects FROM dba_recyclebin GROUP BY owner ORDER BY owner
