-- id: dataguard.pg.slots
-- engine: postgresql
-- versions: [12,13)
-- PostgreSQL 12 has no wal_status or safe_wal_size (max_slot_wal_keep_size came in 13): a slot keeps WAL
-- without limit, so both read NULL here.
SELECT slot_name, slot_type, active,
       CASE WHEN restart_lsn IS NULL THEN NULL
            ELSE pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)::bigint END,
       NULL::text, NULL::bigint
  FROM pg_replication_slots
