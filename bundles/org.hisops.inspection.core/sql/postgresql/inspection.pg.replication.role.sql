-- id: inspection.pg.replication.role
-- engine: postgresql
-- versions: [12,)
-- Whether this server is a standby, its WAL receiver's state (no row when it receives nothing), and how many physical
-- replication slots it has (a primary with slots expects standbys).
SELECT pg_is_in_recovery() in_recovery,
       (SELECT status FROM pg_stat_wal_receiver) receiver_status,
       (SELECT sender_host FROM pg_stat_wal_receiver) sender_host,
       (SELECT count(*) FROM pg_replication_slots WHERE slot_type = 'physical') physical_slots
