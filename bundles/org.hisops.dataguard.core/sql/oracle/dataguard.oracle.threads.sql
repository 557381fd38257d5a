-- id: dataguard.oracle.threads
-- engine: oracle
-- versions: [10.2,)
-- The primary's current log sequence per redo thread (RAC has several), compared with what the standby received.
SELECT thread#, sequence#, status, enabled FROM v$thread
