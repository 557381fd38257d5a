-- id: dataguard.oracle.online.logs
-- engine: oracle
-- versions: [10.2,)
-- Online redo log groups per thread and their size, to size the standby redo logs against.
SELECT thread#, COUNT(*), MAX(bytes) FROM v$log GROUP BY thread#
