-- id: dataguard.oracle.processes
-- engine: oracle
-- versions: [10.2,)
-- Redo transport and apply processes: on a standby RFS (receiving) and MRP0 (applying), on a primary LNS (LGWR
-- ASYNC/SYNC network server) and ARCH.
SELECT process, status, client_process, thread#, sequence#, block# FROM v$managed_standby
