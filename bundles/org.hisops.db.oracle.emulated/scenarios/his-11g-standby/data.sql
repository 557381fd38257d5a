-- his-11g-standby (emulated): rows of the dictionary tables. Every INSERT names its columns, so a column that the
-- catalogue does not list for 11.2 and not-in-catalogue.tsv does not add makes the scenario fail to load.

INSERT INTO v$version (banner) VALUES ('Oracle Database 11g Enterprise Edition Release 11.2.0.4.0 - 64bit Production');
INSERT INTO v$version (banner) VALUES ('PL/SQL Release 11.2.0.4.0 - Production');
INSERT INTO v$version (banner) VALUES ('CORE	11.2.0.4.0	Production');
INSERT INTO v$version (banner) VALUES ('TNS for Linux: Version 11.2.0.4.0 - Production');
INSERT INTO v$version (banner) VALUES ('NLSRTL Version 11.2.0.4.0 - Production');

INSERT INTO v$database (dbid, name, created, resetlogs_change#, resetlogs_time, prior_resetlogs_change#,
    prior_resetlogs_time, log_mode, checkpoint_change#, archive_change#, controlfile_type, controlfile_created,
    controlfile_sequence#, controlfile_change#, controlfile_time, open_resetlogs, version_time, open_mode,
    protection_mode, protection_level, database_role, force_logging, platform_name, current_scn, flashback_on,
    db_unique_name, switchover_status, dataguard_broker)
  VALUES (3016678421, 'HIS', TIMESTAMP '2016-04-11 21:03:52', 925702, TIMESTAMP '2016-04-11 21:03:55', 1,
    TIMESTAMP '2013-08-24 11:37:30', 'ARCHIVELOG', 12847698630, 12847631020, 'STANDBY', TIMESTAMP '2016-05-09 14:26:10',
    1920554, 12847698630, TIMESTAMP '2024-10-21 09:44:10', 'NOT ALLOWED', TIMESTAMP '2016-04-11 21:03:52', 'MOUNTED',
    'MAXIMUM PERFORMANCE', 'MAXIMUM PERFORMANCE', 'PHYSICAL STANDBY', 'YES', 'Linux x86 64-bit', 12847715990, 'NO',
    'hisdg', 'NOT ALLOWED', 'DISABLED');

INSERT INTO v$instance (instance_number, instance_name, host_name, version, startup_time, status, parallel, thread#,
    archiver, log_switch_wait, logins, shutdown_pending, database_status, instance_role, active_state)
  VALUES (1, 'hisdg', 'his-db2', '11.2.0.4.0', TIMESTAMP '2024-09-02 05:48:02', 'MOUNTED', 'NO', 1, 'STARTED', NULL,
    'ALLOWED', 'NO', 'ACTIVE', 'PRIMARY_INSTANCE', 'NORMAL');

INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable,
    isinstance_modifiable, ismodified) VALUES (232, 'log_archive_dest_2', 2, 'SERVICE=his LGWR ASYNC VALID_FOR=(ONLINE_LOGFILES,PRIMARY_ROLE) DB_UNIQUE_NAME=his',
    'SERVICE=his LGWR ASYNC VALID_FOR=(ONLINE_LOGFILES,PRIMARY_ROLE) DB_UNIQUE_NAME=his', 'FALSE', 'TRUE', 'IMMEDIATE', 'TRUE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable,
    isinstance_modifiable, ismodified) VALUES (298, 'log_archive_config', 2, 'DG_CONFIG=(his,hisdg)', 'DG_CONFIG=(his,hisdg)', 'FALSE', 'FALSE', 'IMMEDIATE', 'TRUE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable,
    isinstance_modifiable, ismodified) VALUES (311, 'fal_server', 2, 'his', 'his', 'FALSE', 'FALSE', 'IMMEDIATE', 'TRUE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable,
    isinstance_modifiable, ismodified) VALUES (312, 'standby_file_management', 2, 'AUTO', 'AUTO', 'FALSE', 'FALSE', 'IMMEDIATE', 'TRUE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable,
    isinstance_modifiable, ismodified) VALUES (523, 'db_name', 2, 'HIS', 'HIS', 'FALSE', 'FALSE', 'FALSE', 'FALSE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable,
    isinstance_modifiable, ismodified) VALUES (527, 'db_unique_name', 2, 'hisdg', 'hisdg', 'FALSE', 'FALSE', 'FALSE', 'FALSE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable,
    isinstance_modifiable, ismodified) VALUES (531, 'db_file_name_convert', 2, '/u01/app/oracle/oradata/HIS/, /u01/app/oracle/oradata/HISDG/',
    '/u01/app/oracle/oradata/HIS/, /u01/app/oracle/oradata/HISDG/', 'FALSE', 'FALSE', 'FALSE', 'FALSE', 'FALSE');

-- The managed recovery processes: RFS receives the primary's LGWR, MRP0 applies the standby redo log.
INSERT INTO v$managed_standby (process, pid, status, client_process, client_pid, client_dbid, group#, thread#,
    sequence#, block#, blocks) VALUES ('ARCH', 4127, 'CONNECTED', 'ARCH', '4127', '3016678421', 'N/A', 0, 0, 0, 0);
INSERT INTO v$managed_standby (process, pid, status, client_process, client_pid, client_dbid, group#, thread#,
    sequence#, block#, blocks) VALUES ('ARCH', 4129, 'CLOSING', 'ARCH', '4129', '3016678421', '5', 1, 30214, 1, 1024);
INSERT INTO v$managed_standby (process, pid, status, client_process, client_pid, client_dbid, group#, thread#,
    sequence#, block#, blocks) VALUES ('RFS', 5810, 'IDLE', 'UNKNOWN', '3821', '3016678421', '0', 0, 0, 0, 0);
INSERT INTO v$managed_standby (process, pid, status, client_process, client_pid, client_dbid, group#, thread#,
    sequence#, block#, blocks) VALUES ('RFS', 5812, 'IDLE', 'LGWR', '3819', '3016678421', '2', 1, 30215, 1288, 1);
INSERT INTO v$managed_standby (process, pid, status, client_process, client_pid, client_dbid, group#, thread#,
    sequence#, block#, blocks) VALUES ('MRP0', 6033, 'APPLYING_LOG', 'N/A', 'N/A', 'N/A', 'N/A', 1, 30215, 1287, 2097152);

INSERT INTO v$dataguard_stats (name, value, unit, time_computed, datum_time) VALUES
  ('transport lag', '+00 00:00:00', 'day(2) to second(0) interval', '10/21/2024 09:44:12', '10/21/2024 09:44:11');
INSERT INTO v$dataguard_stats (name, value, unit, time_computed, datum_time) VALUES
  ('apply lag', '+00 00:00:01', 'day(2) to second(0) interval', '10/21/2024 09:44:12', '10/21/2024 09:44:11');
INSERT INTO v$dataguard_stats (name, value, unit, time_computed, datum_time) VALUES
  ('apply finish time', '+00 00:00:00.000', 'day(2) to second(3) interval', '10/21/2024 09:44:12', NULL);
INSERT INTO v$dataguard_stats (name, value, unit, time_computed, datum_time) VALUES
  ('estimated startup time', '15', 'second', '10/21/2024 09:44:12', NULL);

INSERT INTO v$dataguard_config (db_unique_name) VALUES ('hisdg');
INSERT INTO v$dataguard_config (db_unique_name) VALUES ('his');

INSERT INTO v$archive_dest_status (dest_id, dest_name, status, type, database_mode, recovery_mode, protection_mode,
    destination, gap_status) VALUES (1, 'LOG_ARCHIVE_DEST_1', 'VALID', 'LOCAL', 'MOUNTED-STANDBY', 'MANAGED REAL TIME APPLY', 'MAXIMUM PERFORMANCE', '/u01/app/oracle/fast_recovery_area', NULL);
INSERT INTO v$archive_dest_status (dest_id, dest_name, status, type, database_mode, recovery_mode, protection_mode,
    destination, gap_status) VALUES (2, 'LOG_ARCHIVE_DEST_2', 'VALID', 'PHYSICAL', 'UNKNOWN', 'IDLE', 'MAXIMUM PERFORMANCE', 'his', NULL);

INSERT INTO v$standby_log (group#, dbid, thread#, sequence#, bytes, blocksize, used, archived, status, first_change#,
    first_time, next_change#, next_time, last_change#, last_time) VALUES
  (4, '3016678421', 1, 30215, 1073741824, 512, 659968, 'NO', 'ACTIVE', 12847700112, TIMESTAMP '2024-10-21 09:38:05', NULL, NULL, 12847715990, TIMESTAMP '2024-10-21 09:44:11');
INSERT INTO v$standby_log (group#, dbid, thread#, sequence#, bytes, blocksize, used, archived, status, first_change#,
    first_time, next_change#, next_time, last_change#, last_time) VALUES
  (5, 'UNASSIGNED', 1, 0, 1073741824, 512, 0, 'NO', 'UNASSIGNED', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO v$standby_log (group#, dbid, thread#, sequence#, bytes, blocksize, used, archived, status, first_change#,
    first_time, next_change#, next_time, last_change#, last_time) VALUES
  (6, 'UNASSIGNED', 1, 0, 1073741824, 512, 0, 'YES', 'UNASSIGNED', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO v$standby_log (group#, dbid, thread#, sequence#, bytes, blocksize, used, archived, status, first_change#,
    first_time, next_change#, next_time, last_change#, last_time) VALUES
  (7, 'UNASSIGNED', 1, 0, 1073741824, 512, 0, 'YES', 'UNASSIGNED', NULL, NULL, NULL, NULL, NULL, NULL);

INSERT INTO v$recovery_progress (start_time, type, item, units, sofar, total, timestamp, comments) VALUES
  (TIMESTAMP '2024-09-02 05:49:13', 'Media Recovery', 'Log Files', 'Files', 4106, 0, NULL, NULL);
INSERT INTO v$recovery_progress (start_time, type, item, units, sofar, total, timestamp, comments) VALUES
  (TIMESTAMP '2024-09-02 05:49:13', 'Media Recovery', 'Active Apply Rate', 'KB/sec', 2211, 0, NULL, NULL);
INSERT INTO v$recovery_progress (start_time, type, item, units, sofar, total, timestamp, comments) VALUES
  (TIMESTAMP '2024-09-02 05:49:13', 'Media Recovery', 'Average Apply Rate', 'KB/sec', 1014, 0, NULL, NULL);
INSERT INTO v$recovery_progress (start_time, type, item, units, sofar, total, timestamp, comments) VALUES
  (TIMESTAMP '2024-09-02 05:49:13', 'Media Recovery', 'Redo Applied', 'Megabytes', 4271873, 0, NULL, NULL);
INSERT INTO v$recovery_progress (start_time, type, item, units, sofar, total, timestamp, comments) VALUES
  (TIMESTAMP '2024-09-02 05:49:13', 'Media Recovery', 'Last Applied Redo', 'SCN+Time', 0, 0, TIMESTAMP '2024-10-21 09:44:11', 'SCN: 12847715990');
INSERT INTO v$recovery_progress (start_time, type, item, units, sofar, total, timestamp, comments) VALUES
  (TIMESTAMP '2024-09-02 05:49:13', 'Media Recovery', 'Active Time', 'Seconds', 1893322, 0, NULL, NULL);
INSERT INTO v$recovery_progress (start_time, type, item, units, sofar, total, timestamp, comments) VALUES
  (TIMESTAMP '2024-09-02 05:49:13', 'Media Recovery', 'Apply Time per Log', 'Seconds', 461, 0, NULL, NULL);
INSERT INTO v$recovery_progress (start_time, type, item, units, sofar, total, timestamp, comments) VALUES
  (TIMESTAMP '2024-09-02 05:49:13', 'Media Recovery', 'Elapsed Time', 'Seconds', 4248058, 0, NULL, NULL);

-- A physical standby is a block copy of the primary: the application's schema is there too (not in the catalogue:
-- an application table), unreadable while the database is only mounted.
CREATE SCHEMA his;
CREATE TABLE his.pat_visit (visit_no NUMBER(12), patient_id VARCHAR2(20), dept_code VARCHAR2(10), visit_date DATE);
