-- id: dataguard.pg.node
-- engine: postgresql
-- versions: [12,)
-- One row about the server itself, on primary and standby alike. WAL positions are returned as byte offsets
-- (pg_wal_lsn_diff against 0/0) so that Java subtracts numbers, not LSN texts. The timeline of a primary is the
-- first 8 hex digits of its current WAL file name; a standby's comes from its WAL receiver (dataguard.pg.receiver).
SELECT pg_is_in_recovery(),
       current_setting('server_version'),
       current_setting('synchronous_standby_names'),
       current_setting('synchronous_commit'),
       current_setting('wal_log_hints'),
       current_setting('data_checksums'),
       CASE WHEN pg_is_in_recovery() THEN NULL
            ELSE pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint END,
       CASE WHEN pg_is_in_recovery() THEN NULL
            ELSE ('x' || substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8))::bit(32)::bigint END,
       now()
