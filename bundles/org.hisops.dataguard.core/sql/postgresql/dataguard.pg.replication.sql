-- id: dataguard.pg.replication
-- engine: postgresql
-- versions: [12,)
-- The primary's WAL senders (pg_stat_replication, PostgreSQL 10+ for the *_lag columns, 12+ for reply_time)
-- with the slot each one streams from. The LSN columns need pg_read_all_stats (pg_monitor) or a superuser; for
-- others they read NULL, which HisOps shows as unknown, not as zero.
SELECT r.pid, r.application_name, host(r.client_addr), r.state, r.sync_state,
       pg_wal_lsn_diff(r.sent_lsn, '0/0')::bigint,
       pg_wal_lsn_diff(r.write_lsn, '0/0')::bigint,
       pg_wal_lsn_diff(r.flush_lsn, '0/0')::bigint,
       pg_wal_lsn_diff(r.replay_lsn, '0/0')::bigint,
       extract(epoch FROM r.write_lag)::float8,
       extract(epoch FROM r.flush_lag)::float8,
       extract(epoch FROM r.replay_lag)::float8,
       r.reply_time,
       s.slot_name
  FROM pg_stat_replication r
  LEFT JOIN pg_replication_slots s ON s.active_pid = r.pid
