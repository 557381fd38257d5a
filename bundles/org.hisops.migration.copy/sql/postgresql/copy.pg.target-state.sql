-- id: copy.pg.target-state
-- engine: postgresql
-- versions: [10,)
-- The copy's preflight: the database's name (what the administrator types to confirm), whether it is a standby in
-- recovery, and whether its sessions start read-only. reset_val, not the current value: the preflight's own
-- session is read-only by HisOps' choice, the target's configuration (server, database, role) is what matters.
SELECT current_database(), pg_is_in_recovery(),
       (SELECT reset_val FROM pg_settings WHERE name = 'default_transaction_read_only')
