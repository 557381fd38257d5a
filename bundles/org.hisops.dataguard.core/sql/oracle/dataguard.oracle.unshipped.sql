-- id: dataguard.oracle.unshipped
-- engine: oracle
-- versions: [10.2,)
-- On the primary: the size of the logs of a thread archived locally after the last one the standby received: the
-- RPO exposure in bytes (a lower bound: the current online log's redo is not counted).
SELECT NVL(SUM(blocks * block_size), 0), COUNT(*)
  FROM v$archived_log
 WHERE standby_dest = 'NO' AND thread# = ? AND sequence# > ?
