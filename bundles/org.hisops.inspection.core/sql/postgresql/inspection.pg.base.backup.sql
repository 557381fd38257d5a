-- id: inspection.pg.base.backup
-- engine: postgresql
-- versions: [12,)
-- The newest backup history file (<segment>.<offset>.backup) in pg_wal. pg_backup_stop() (pg_stop_backup() before
-- 15) writes one for every base backup taken on this primary through the backup API (pg_basebackup, pgBackRest,
-- Barman, a scripted pg_backup_start/stop) and, with archive_mode on, removes only the older ones that are archived,
-- so the newest stays until the next backup and its time is the end of the newest base backup. With archive_mode off
-- the server deletes the file at once, and a standby writes none. pg_ls_waldir() needs pg_monitor or a superuser.
SELECT current_setting('archive_mode') archive_mode, pg_is_in_recovery() in_recovery, b.name, b.modification,
       b.age_seconds
FROM (SELECT 1 one) o
LEFT JOIN (SELECT name, modification, CAST(EXTRACT(EPOCH FROM now() - modification) AS bigint) age_seconds
           FROM pg_ls_waldir()
           WHERE name LIKE '%.backup'
           ORDER BY modification DESC
           LIMIT 1) b ON true
