-- dg-11g-standby (emulated): rows of the dictionary tables. Received up to sequence 30214 (archived), 30215 arriving
-- in a standby redo log and applied in real time by MRP0.

INSERT INTO v$version (banner) VALUES ('Oracle Database 11g Enterprise Edition Release 11.2.0.4.0 - 64bi');

INSERT INTO v$database (dbid, name, log_mode, controlfile_type, open_mode, protection_mode, protection_level,
    database_role, force_logging, flashback_on, db_unique_name, switchover_status, dataguard_broker)
  VALUES (3016678421, 'HIS', 'ARCHIVELOG', 'STANDBY', 'MOUNTED', 'MAXIMUM PERFORMANCE', 'MAXIMUM PERFORMANCE',
    'PHYSICAL STANDBY', 'YES', 'YES', 'hisdg', 'NOT ALLOWED', 'DISABLED');

INSERT INTO v$instance (instance_number, instance_name, host_name, version, status)
  VALUES (1, 'hisdg', 'his-db2', '11.2.0.4.0', 'MOUNTED');

INSERT INTO v$managed_standby (process, pid, status, client_process, thread#, sequence#, block#, blocks) VALUES ('ARCH', 4127, 'CONNECTED', 'ARCH', 0, 0, 0, 0);
INSERT INTO v$managed_standby (process, pid, status, client_process, thread#, sequence#, block#, blocks) VALUES ('RFS', 5812, 'IDLE', 'LGWR', 1, 30215, 1288, 1);
INSERT INTO v$managed_standby (process, pid, status, client_process, thread#, sequence#, block#, blocks) VALUES ('MRP0', 6033, 'APPLYING_LOG', 'N/A', 1, 30215, 1287, 102400);

INSERT INTO v$dataguard_stats (name, value, unit, time_computed, datum_time) VALUES ('transport lag', '+00 00:00:00', 'day(2) to second(0) interval', '10/21/2024 09:44:14', '10/21/2024 09:44:13');
INSERT INTO v$dataguard_stats (name, value, unit, time_computed, datum_time) VALUES ('apply lag', '+00 00:00:01', 'day(2) to second(0) interval', '10/21/2024 09:44:14', '10/21/2024 09:44:13');
INSERT INTO v$dataguard_stats (name, value, unit, time_computed, datum_time) VALUES ('apply finish time', '+00 00:00:00.000', 'day(2) to second(3) interval', '10/21/2024 09:44:14', NULL);
INSERT INTO v$dataguard_stats (name, value, unit, time_computed, datum_time) VALUES ('estimated startup time', '15', 'second', '10/21/2024 09:44:14', NULL);

INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30205, 102400, 512, 'NO', 'YES', TIMESTAMP '2024-10-21 09:10:00');
INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30206, 102400, 512, 'NO', 'YES', TIMESTAMP '2024-10-21 09:13:00');
INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30207, 102400, 512, 'NO', 'YES', TIMESTAMP '2024-10-21 09:16:00');
INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30208, 102400, 512, 'NO', 'YES', TIMESTAMP '2024-10-21 09:19:00');
INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30209, 102400, 512, 'NO', 'YES', TIMESTAMP '2024-10-21 09:22:00');
INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30210, 102400, 512, 'NO', 'YES', TIMESTAMP '2024-10-21 09:25:00');
INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30211, 102400, 512, 'NO', 'YES', TIMESTAMP '2024-10-21 09:28:00');
INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30212, 102400, 512, 'NO', 'YES', TIMESTAMP '2024-10-21 09:31:00');
INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30213, 102400, 512, 'NO', 'YES', TIMESTAMP '2024-10-21 09:34:00');
INSERT INTO v$archived_log (thread#, sequence#, blocks, block_size, standby_dest, applied, next_time) VALUES (1, 30214, 102400, 512, 'NO', 'YES', TIMESTAMP '2024-10-21 09:37:00');

INSERT INTO v$dataguard_config (db_unique_name) VALUES ('hisdg');
INSERT INTO v$dataguard_config (db_unique_name) VALUES ('his');

INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable)
  VALUES (298, 'log_archive_config', 2, 'DG_CONFIG=(his,hisdg)', 'DG_CONFIG=(his,hisdg)', 'FALSE', 'FALSE', 'IMMEDIATE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable)
  VALUES (312, 'standby_file_management', 2, 'AUTO', 'AUTO', 'FALSE', 'FALSE', 'IMMEDIATE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable)
  VALUES (527, 'db_unique_name', 2, 'hisdg', 'hisdg', 'FALSE', 'FALSE', 'IMMEDIATE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable)
  VALUES (311, 'fal_server', 2, 'his', 'his', 'FALSE', 'FALSE', 'IMMEDIATE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable)
  VALUES (531, 'db_file_name_convert', 2, '/u01/app/oracle/oradata/HIS/, /u01/app/oracle/oradata/HISDG/', '/u01/app/oracle/oradata/HIS/, /u01/app/oracle/oradata/HISDG/', 'FALSE', 'FALSE', 'IMMEDIATE');

INSERT INTO v$standby_log (group#, dbid, thread#, sequence#, bytes, blocksize, used, archived, status) VALUES (4, '3016678421', 1, 30215, 52428800, 512, 659968, 'NO', 'ACTIVE');
INSERT INTO v$standby_log (group#, dbid, thread#, sequence#, bytes, blocksize, used, archived, status) VALUES (5, 'UNASSIGNED', 1, 0, 52428800, 512, 0, 'YES', 'UNASSIGNED');
INSERT INTO v$standby_log (group#, dbid, thread#, sequence#, bytes, blocksize, used, archived, status) VALUES (6, 'UNASSIGNED', 1, 0, 52428800, 512, 0, 'YES', 'UNASSIGNED');
INSERT INTO v$standby_log (group#, dbid, thread#, sequence#, bytes, blocksize, used, archived, status) VALUES (7, 'UNASSIGNED', 1, 0, 52428800, 512, 0, 'YES', 'UNASSIGNED');
