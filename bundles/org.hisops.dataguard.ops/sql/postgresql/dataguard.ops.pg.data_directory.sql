-- id: dataguard.ops.pg.data_directory
-- engine: postgresql
-- versions: [12,)
-- The server's data folder, for the rejoin runbook's commands (needs pg_read_all_settings or a superuser).
SELECT current_setting('data_directory')
