-- id: dataguard.oracle.standby.logs
-- engine: oracle
-- versions: [10.2,)
-- Standby redo log groups per thread (real-time apply and SYNC transport need them; one more group per thread
-- than the primary has online groups).
SELECT thread#, COUNT(*), MIN(bytes) FROM v$standby_log GROUP BY thread#
