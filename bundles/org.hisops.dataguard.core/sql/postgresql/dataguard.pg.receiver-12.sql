-- id: dataguard.pg.receiver
-- engine: postgresql
-- versions: [12,13)
-- PostgreSQL 12 names the flushed position received_lsn (13 renamed it flushed_lsn).
SELECT status, received_tli,
       pg_wal_lsn_diff(received_lsn, '0/0')::bigint,
       last_msg_send_time, last_msg_receipt_time,
       pg_wal_lsn_diff(latest_end_lsn, '0/0')::bigint,
       slot_name, sender_host, sender_port, conninfo
  FROM pg_stat_wal_receiver
