-- dg-11g-primary (emulated): rows of the dictionary tables. Thread 1 is at sequence 30215; logs 30205..30214 are
-- archived locally (dest 1) and shipped to hisdg (dest 2).

INSERT INTO v$version (banner) VALUES ('Oracle Database 11g Enterprise Edition Release 11.2.0.4.0 - 64bi');

INSERT INTO v$database (dbid, name, log_mode, controlfile_type, open_mode, protection_mode, protection_level,
    database_role, force_logging, flashback_on, db_unique_name, switchover_status, dataguard_broker)
  VALUES (3016678421, 'HIS', 'ARCHIVELOG', 'CURRENT', 'READ WRITE', 'MAXIMUM PERFORMANCE', 'MAXIMUM PERFORMANCE',
    'PRIMARY', 'YES', 'YES', 'his', 'TO STANDBY', 'DISABLED');

INSERT INTO v$instance (instance_number, instance_name, host_name, version, status)
  VALUES (1, 'his', 'his-db1', '11.2.0.4.0', 'OPEN');

INSERT INTO v$thread (thread#, status, enabled, groups, instance, current_group#, sequence#, checkpoint_change#)
  VALUES (1, 'OPEN', 'PUBLIC', 3, 'his', 2, 30215, 12847700112);

INSERT INTO v$log (group#, thread#, sequence#, bytes, blocksize, members, archived, status, first_change#) VALUES (1, 1, 30214, 52428800, 512, 1, 'YES', 'INACTIVE', 12847600001);
INSERT INTO v$log (group#, thread#, sequence#, bytes, blocksize, members, archived, status, first_change#) VALUES (2, 1, 30215, 52428800, 512, 1, 'NO', 'CURRENT', 12847600002);
INSERT INTO v$log (group#, thread#, sequence#, bytes, blocksize, members, archived, status, first_change#) VALUES (3, 1, 30213, 52428800, 512, 1, 'YES', 'INACTIVE', 12847600003);

INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30205, 102400, 512, 'NO', 'NO', TIMESTAMP '2024-10-21 09:10:00');
INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30205, 102400, 512, 'YES', 'YES', TIMESTAMP '2024-10-21 09:10:00');
INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30206, 102400, 512, 'NO', 'NO', TIMESTAMP '2024-10-21 09:13:00');
INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30206, 102400, 512, 'YES', 'YES', TIMESTAMP '2024-10-21 09:13:00');
INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30207, 102400, 512, 'NO', 'NO', TIMESTAMP '2024-10-21 09:16:00');
INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30207, 102400, 512, 'YES', 'YES', TIMESTAMP '2024-10-21 09:16:00');
INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30208, 102400, 512, 'NO', 'NO', TIMESTAMP '2024-10-21 09:19:00');
INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30208, 102400, 512, 'YES', 'YES', TIMESTAMP '2024-10-21 09:19:00');
INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30209, 102400, 512, 'NO', 'NO', TIMESTAMP '2024-10-21 09:22:00');
INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30209, 102400, 512, 'YES', 'YES', TIMESTAMP '2024-10-21 09:22:00');
INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30210, 102400, 512, 'NO', 'NO', TIMESTAMP '2024-10-21 09:25:00');
INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30210, 102400, 512, 'YES', 'YES', TIMESTAMP '2024-10-21 09:25:00');
INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30211, 102400, 512, 'NO', 'NO', TIMESTAMP '2024-10-21 09:28:00');
INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30211, 102400, 512, 'YES', 'YES', TIMESTAMP '2024-10-21 09:28:00');
INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30212, 102400, 512, 'NO', 'NO', TIMESTAMP '2024-10-21 09:31:00');
INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30212, 102400, 512, 'YES', 'YES', TIMESTAMP '2024-10-21 09:31:00');
INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30213, 102400, 512, 'NO', 'NO', TIMESTAMP '2024-10-21 09:34:00');
INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30213, 102400, 512, 'YES', 'YES', TIMESTAMP '2024-10-21 09:34:00');
INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30214, 102400, 512, 'NO', 'NO', TIMESTAMP '2024-10-21 09:37:00');
INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30214, 102400, 512, 'YES', 'YES', TIMESTAMP '2024-10-21 09:37:00');

INSERT INTO v$archive_dest (dest_id, dest_name, status, binding, name_space, target, archiver, schedule, destination,
    log_sequence, reopen_secs, delay_mins, max_connections, net_timeout, process, register, error) VALUES
  (1, 'LOG_ARCHIVE_DEST_1', 'VALID', 'OPTIONAL', 'SYSTEM', 'PRIMARY', 'ARCH', 'ACTIVE', '/u01/app/oracle/fast_recovery_area', 30214, 300, 0, 1, 0, 'ARCH', 'YES', NULL);
INSERT INTO v$archive_dest (dest_id, dest_name, status, binding, name_space, target, archiver, schedule, destination,
    log_sequence, reopen_secs, delay_mins, max_connections, net_timeout, process, register, error) VALUES
  (2, 'LOG_ARCHIVE_DEST_2', 'VALID', 'OPTIONAL', 'SYSTEM', 'STANDBY', 'LGWR', 'ACTIVE', 'hisdg', 30215, 300, 0, 1, 30, 'LGWR', 'YES', NULL);

INSERT INTO v$archive_dest_status (dest_id, dest_name, status, type, database_mode, recovery_mode, protection_mode,
    destination, archived_thread#, archived_seq#, applied_thread#, applied_seq#, error, gap_status) VALUES
  (2, 'LOG_ARCHIVE_DEST_2', 'VALID', 'PHYSICAL', 'MOUNTED-STANDBY', 'MANAGED REAL TIME APPLY', 'MAXIMUM PERFORMANCE',
    'hisdg', 1, 30214, 1, 30214, NULL, 'NO GAP');

INSERT INTO v$managed_standby (process, pid, status, client_process, thread#, sequence#, block#, blocks) VALUES ('ARCH', 3811, 'CLOSING', 'ARCH', 1, 30214, 1, 2048);
INSERT INTO v$managed_standby (process, pid, status, client_process, thread#, sequence#, block#, blocks) VALUES ('LNS', 3819, 'WRITING', 'LGWR', 1, 30215, 1288, 1);

INSERT INTO v$dataguard_config (db_unique_name) VALUES ('his');
INSERT INTO v$dataguard_config (db_unique_name) VALUES ('hisdg');

INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable)
  VALUES (298, 'log_archive_config', 2, 'DG_CONFIG=(his,hisdg)', 'DG_CONFIG=(his,hisdg)', 'FALSE', 'FALSE', 'IMMEDIATE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable)
  VALUES (312, 'standby_file_management', 2, 'AUTO', 'AUTO', 'FALSE', 'FALSE', 'IMMEDIATE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable)
  VALUES (527, 'db_unique_name', 2, 'his', 'his', 'FALSE', 'FALSE', 'IMMEDIATE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable)
  VALUES (311, 'fal_server', 2, 'hisdg', 'hisdg', 'FALSE', 'FALSE', 'IMMEDIATE');

INSERT INTO v$standby_log (group#, dbid, thread#, sequence#, bytes, blocksize, used, archived, status) VALUES (4, 'UNASSIGNED', 1, 0, 52428800, 512, 0, 'YES', 'UNASSIGNED');
INSERT INTO v$standby_log (group#, dbid, thread#, sequence#, bytes, blocksize, used, archived, status) VALUES (5, 'UNASSIGNED', 1, 0, 52428800, 512, 0, 'YES', 'UNASSIGNED');
INSERT INTO v$standby_log (group#, dbid, thread#, sequence#, bytes, blocksize, used, archived, status) VALUES (6, 'UNASSIGNED', 1, 0, 52428800, 512, 0, 'YES', 'UNASSIGNED');
INSERT INTO v$standby_log (group#, dbid, thread#, sequence#, bytes, blocksize, used, archived, status) VALUES (7, 'UNASSIGNED', 1, 0, 52428800, 512, 0, 'YES', 'UNASSIGNED');
