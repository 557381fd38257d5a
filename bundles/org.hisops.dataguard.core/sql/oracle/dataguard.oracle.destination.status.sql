-- id: dataguard.oracle.destination.status
-- engine: oracle
-- versions: [11.2,)
-- What the primary knows of each remote destination: the standby's mode, what it archived and applied (the
-- sequence comparison when the standby itself cannot be reached), and GAP_STATUS (11.1+).
SELECT dest_id, status, type, database_mode, recovery_mode, protection_mode, archived_thread#, archived_seq#,
       applied_thread#, applied_seq#, error, gap_status
  FROM v$archive_dest_status
 WHERE type <> 'LOCAL'
