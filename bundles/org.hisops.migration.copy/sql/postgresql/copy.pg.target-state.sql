-- id: copy.pg.target-state
-- engine: postgresql
-- versions: [10,)
-- The copy's preflight: the database's name (what the administrator types to confirm), whether it is a standby in
-- recovery, and whether its sessions start read-only (default_transaction_read_only; a hot standby says "on" too).
SELECT current_database(), pg_is_in_recovery(), current_setting('default_transaction_read_only')
