-- id: inspection.pg.replication.senders
-- engine: postgresql
-- versions: [12,)
-- The standbys streaming from this server (pg_stat_replication, one row per WAL sender), with how far each has
-- replayed in bytes and in time. replay_lag is NULL once a standby has caught up and the primary is idle.
SELECT application_name, client_addr::text client_addr, state, sync_state,
       CASE WHEN pg_is_in_recovery() THEN NULL
            ELSE pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::bigint END replay_bytes,
       CAST(EXTRACT(EPOCH FROM replay_lag) AS bigint) replay_seconds
FROM pg_stat_replication
ORDER BY application_name
