-- id: inspection.pg.replication.slots
-- engine: postgresql
-- versions: [10,)
-- A physical slot whose standby is not connected keeps every WAL segment since its restart_lsn on the primary.
SELECT slot_name, slot_type, active, pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)::bigint retained_bytes
FROM pg_replication_slots
ORDER BY slot_name
