-- id: dataguard.oracle.destination.status
-- engine: oracle
-- versions: [10.2,11.2)
-- 10.2 has no GAP_STATUS: the gap is seen on the standby (V$ARCHIVE_GAP) and by comparing sequences.
SELECT dest_id, status, type, database_mode, recovery_mode, protection_mode, archived_thread#, archived_seq#,
       applied_thread#, applied_seq#, error, NULL
  FROM v$archive_dest_status
 WHERE type <> 'LOCAL'
