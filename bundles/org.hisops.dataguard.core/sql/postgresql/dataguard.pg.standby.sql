-- id: dataguard.pg.standby
-- engine: postgresql
-- versions: [12,)
-- A standby's own positions: WAL received (and flushed) and replayed, the last replayed commit's time, and
-- whether replay was paused (pg_wal_replay_pause). Positions as byte offsets.
SELECT pg_wal_lsn_diff(pg_last_wal_receive_lsn(), '0/0')::bigint,
       pg_wal_lsn_diff(pg_last_wal_replay_lsn(), '0/0')::bigint,
       pg_last_xact_replay_timestamp(),
       pg_is_wal_replay_paused(),
       now()
