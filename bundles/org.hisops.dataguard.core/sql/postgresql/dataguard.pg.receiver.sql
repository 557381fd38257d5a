-- id: dataguard.pg.receiver
-- engine: postgresql
-- versions: [13,)
-- The standby's WAL receiver (no row when it is not running, e.g. the primary is unreachable). 13 renamed
-- received_lsn to flushed_lsn and added written_lsn.
SELECT status, received_tli,
       pg_wal_lsn_diff(flushed_lsn, '0/0')::bigint,
       last_msg_send_time, last_msg_receipt_time,
       pg_wal_lsn_diff(latest_end_lsn, '0/0')::bigint,
       slot_name, sender_host, sender_port, conninfo
  FROM pg_stat_wal_receiver
