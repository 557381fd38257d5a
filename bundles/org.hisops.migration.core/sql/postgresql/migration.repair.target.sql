-- id: migration.repair.target
-- engine: postgresql
-- versions: [9.6,)
-- The repair's preflight on the target: the name the administrator types to confirm, whether it is a standby, and
-- whether the database (or the login) is read-only by default. reset_val, not current_setting: HisOps' own sessions
-- set their transactions read-only, the server's setting is what the session started with.
SELECT current_database(), pg_is_in_recovery(),
       (SELECT reset_val FROM pg_settings WHERE name = 'default_transaction_read_only') = 'on'
