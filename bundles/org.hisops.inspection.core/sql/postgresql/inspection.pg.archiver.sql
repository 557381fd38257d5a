-- id: inspection.pg.archiver
-- engine: postgresql
-- versions: [9.6,)
SELECT current_setting('archive_mode') archive_mode, archived_count, last_archived_wal, last_archived_time,
       failed_count, last_failed_wal, last_failed_time
FROM pg_stat_archiver
