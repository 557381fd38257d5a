-- id: dataguard.pg.slots
-- engine: postgresql
-- versions: [13,)
-- Replication slots and the WAL each one holds back on the primary; wal_status and safe_wal_size are 13+.
SELECT slot_name, slot_type, active,
       CASE WHEN restart_lsn IS NULL THEN NULL
            ELSE pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)::bigint END,
       wal_status, safe_wal_size
  FROM pg_replication_slots
