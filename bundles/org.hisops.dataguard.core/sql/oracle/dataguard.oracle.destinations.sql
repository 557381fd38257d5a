-- id: dataguard.oracle.destinations
-- engine: oracle
-- versions: [10.2,)
-- The primary's remote archive destinations (TARGET = 'STANDBY') with their status and last error (ORA-...).
SELECT dest_id, dest_name, status, destination, error, archiver, net_timeout
  FROM v$archive_dest
 WHERE target = 'STANDBY'
