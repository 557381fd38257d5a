-- id: assessment.ora.redo
-- engine: oracle
-- versions: [10.2,11.2]
SELECT group#, thread#, bytes, members FROM v$log ORDER BY group#
