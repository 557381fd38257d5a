-- his-10g (emulated): rows of the dictionary tables. Every INSERT names its columns, so a column that the
-- catalogue does not list for 10.2 and not-in-catalogue.tsv does not add makes the scenario fail to load.

-- BANNER is VARCHAR2(64) in 10.2, so 10g shows its own banner cut short ("- 64bi"); JDBC metadata has it whole.
INSERT INTO v$version (banner) VALUES ('Oracle Database 10g Enterprise Edition Release 10.2.0.5.0 - 64bi');
INSERT INTO v$version (banner) VALUES ('PL/SQL Release 10.2.0.5.0 - Production');
INSERT INTO v$version (banner) VALUES ('CORE	10.2.0.5.0	Production');
INSERT INTO v$version (banner) VALUES ('TNS for Linux: Version 10.2.0.5.0 - Production');
INSERT INTO v$version (banner) VALUES ('NLSRTL Version 10.2.0.5.0 - Production');

INSERT INTO product_component_version (product, version, status) VALUES ('NLSRTL ', '10.2.0.5.0', 'Production');
INSERT INTO product_component_version (product, version, status) VALUES ('Oracle Database 10g Enterprise Edition ', '10.2.0.5.0', '64bi');
INSERT INTO product_component_version (product, version, status) VALUES ('PL/SQL ', '10.2.0.5.0', 'Production');
INSERT INTO product_component_version (product, version, status) VALUES ('TNS for Linux: ', '10.2.0.5.0', 'Production');

INSERT INTO v$database (dbid, name, created, resetlogs_change#, resetlogs_time, log_mode, checkpoint_change#,
    archive_change#, controlfile_type, open_resetlogs, open_mode, protection_mode, protection_level, database_role,
    force_logging, platform_name, current_scn, flashback_on, db_unique_name, switchover_status)
  VALUES (2871530014, 'HIS', TIMESTAMP '2009-06-18 10:42:11', 1, TIMESTAMP '2009-06-18 10:42:13', 'ARCHIVELOG',
    8716453210, 8716440011, 'CURRENT', 'NOT ALLOWED', 'READ WRITE', 'MAXIMUM PERFORMANCE', 'UNPROTECTED', 'PRIMARY',
    'NO', 'Linux x86 64-bit', 8716460021, 'NO', 'HIS', 'NOT ALLOWED');

INSERT INTO v$instance (instance_number, instance_name, host_name, version, startup_time, status, parallel, thread#,
    archiver, logins, database_status, instance_role)
  VALUES (1, 'his', 'his-db1', '10.2.0.5.0', TIMESTAMP '2024-10-08 06:12:40', 'OPEN', 'NO', 1, 'STARTED', 'ALLOWED',
    'ACTIVE', 'PRIMARY_INSTANCE');

INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable) VALUES
  (18, 'processes', 3, '500', '500', 'FALSE', 'FALSE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable) VALUES
  (20, 'sessions', 3, '555', '555', 'FALSE', 'FALSE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable) VALUES
  (47, 'sga_target', 6, '8589934592', '8G', 'FALSE', 'FALSE', 'IMMEDIATE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable) VALUES
  (113, 'control_files', 2, '/u01/app/oracle/oradata/HIS/control01.ctl, /u01/app/oracle/oradata/HIS/control02.ctl',
   '/u01/app/oracle/oradata/HIS/control01.ctl, /u01/app/oracle/oradata/HIS/control02.ctl', 'FALSE', 'FALSE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable) VALUES
  (125, 'db_block_size', 3, '8192', '8192', 'FALSE', 'FALSE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable) VALUES
  (160, 'compatible', 2, '10.2.0.5.0', '10.2.0.5.0', 'FALSE', 'FALSE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable) VALUES
  (190, 'log_archive_dest_1', 2, 'LOCATION=USE_DB_RECOVERY_FILE_DEST', 'LOCATION=USE_DB_RECOVERY_FILE_DEST', 'FALSE', 'TRUE', 'IMMEDIATE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable) VALUES
  (216, 'log_archive_config', 2, NULL, NULL, 'TRUE', 'FALSE', 'IMMEDIATE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable) VALUES
  (227, 'log_archive_format', 2, '%t_%s_%r.arc', '%t_%s_%r.arc', 'FALSE', 'FALSE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable) VALUES
  (313, 'db_recovery_file_dest', 2, '/u01/app/oracle/flash_recovery_area', '/u01/app/oracle/flash_recovery_area', 'FALSE', 'FALSE', 'IMMEDIATE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable) VALUES
  (314, 'db_recovery_file_dest_size', 6, '107374182400', '100G', 'FALSE', 'FALSE', 'IMMEDIATE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable) VALUES
  (345, 'undo_management', 2, 'AUTO', 'AUTO', 'FALSE', 'FALSE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable) VALUES
  (346, 'undo_tablespace', 2, 'UNDOTBS1', 'UNDOTBS1', 'FALSE', 'FALSE', 'IMMEDIATE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable) VALUES
  (348, 'undo_retention', 3, '10800', '10800', 'FALSE', 'FALSE', 'IMMEDIATE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable) VALUES
  (361, 'remote_login_passwordfile', 2, 'EXCLUSIVE', 'EXCLUSIVE', 'FALSE', 'FALSE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable) VALUES
  (423, 'db_name', 2, 'HIS', 'HIS', 'FALSE', 'FALSE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable) VALUES
  (428, 'db_unique_name', 2, 'HIS', 'HIS', 'TRUE', 'FALSE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable) VALUES
  (441, 'open_cursors', 3, '1000', '1000', 'FALSE', 'FALSE', 'IMMEDIATE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable) VALUES
  (492, 'pga_aggregate_target', 6, '2147483648', '2G', 'FALSE', 'FALSE', 'IMMEDIATE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable) VALUES
  (24, 'cluster_database', 1, 'FALSE', 'FALSE', 'TRUE', 'FALSE', 'FALSE');

INSERT INTO nls_database_parameters (parameter, value) VALUES ('NLS_LANGUAGE', 'AMERICAN');
INSERT INTO nls_database_parameters (parameter, value) VALUES ('NLS_TERRITORY', 'AMERICA');
INSERT INTO nls_database_parameters (parameter, value) VALUES ('NLS_CURRENCY', '$');
INSERT INTO nls_database_parameters (parameter, value) VALUES ('NLS_ISO_CURRENCY', 'AMERICA');
INSERT INTO nls_database_parameters (parameter, value) VALUES ('NLS_NUMERIC_CHARACTERS', '.,');
INSERT INTO nls_database_parameters (parameter, value) VALUES ('NLS_CHARACTERSET', 'ZHS16GBK');
INSERT INTO nls_database_parameters (parameter, value) VALUES ('NLS_CALENDAR', 'GREGORIAN');
INSERT INTO nls_database_parameters (parameter, value) VALUES ('NLS_DATE_FORMAT', 'DD-MON-RR');
INSERT INTO nls_database_parameters (parameter, value) VALUES ('NLS_DATE_LANGUAGE', 'AMERICAN');
INSERT INTO nls_database_parameters (parameter, value) VALUES ('NLS_SORT', 'BINARY');
INSERT INTO nls_database_parameters (parameter, value) VALUES ('NLS_COMP', 'BINARY');
INSERT INTO nls_database_parameters (parameter, value) VALUES ('NLS_LENGTH_SEMANTICS', 'BYTE');
INSERT INTO nls_database_parameters (parameter, value) VALUES ('NLS_NCHAR_CONV_EXCP', 'FALSE');
INSERT INTO nls_database_parameters (parameter, value) VALUES ('NLS_NCHAR_CHARACTERSET', 'AL16UTF16');
INSERT INTO nls_database_parameters (parameter, value) VALUES ('NLS_RDBMS_VERSION', '10.2.0.5.0');

-- Components as DBA_REGISTRY lists them before an upgrade; Spatial left INVALID by a failed patch is a finding.
INSERT INTO dba_registry (comp_id, comp_name, version, status, modified, schema) VALUES ('CATALOG', 'Oracle Database Catalog Views', '10.2.0.5.0', 'VALID', '15-MAR-2011 02:13:45', 'SYS');
INSERT INTO dba_registry (comp_id, comp_name, version, status, modified, schema) VALUES ('CATPROC', 'Oracle Database Packages and Types', '10.2.0.5.0', 'VALID', '15-MAR-2011 02:13:45', 'SYS');
INSERT INTO dba_registry (comp_id, comp_name, version, status, modified, schema) VALUES ('JAVAVM', 'JServer JAVA Virtual Machine', '10.2.0.5.0', 'VALID', '15-MAR-2011 02:05:12', 'SYS');
INSERT INTO dba_registry (comp_id, comp_name, version, status, modified, schema) VALUES ('XML', 'Oracle XDK', '10.2.0.5.0', 'VALID', '15-MAR-2011 02:05:40', 'SYS');
INSERT INTO dba_registry (comp_id, comp_name, version, status, modified, schema) VALUES ('CATJAVA', 'Oracle Database Java Packages', '10.2.0.5.0', 'VALID', '15-MAR-2011 02:05:51', 'SYS');
INSERT INTO dba_registry (comp_id, comp_name, version, status, modified, schema) VALUES ('XDB', 'Oracle XML Database', '10.2.0.5.0', 'VALID', '15-MAR-2011 02:07:02', 'XDB');
INSERT INTO dba_registry (comp_id, comp_name, version, status, modified, schema) VALUES ('OWM', 'Oracle Workspace Manager', '10.2.0.5.0', 'VALID', '15-MAR-2011 02:07:30', 'WMSYS');
INSERT INTO dba_registry (comp_id, comp_name, version, status, modified, schema) VALUES ('EXF', 'Oracle Expression Filter', '10.2.0.5.0', 'VALID', '15-MAR-2011 02:08:01', 'EXFSYS');
INSERT INTO dba_registry (comp_id, comp_name, version, status, modified, schema) VALUES ('RUL', 'Oracle Rules Manager', '10.2.0.5.0', 'VALID', '15-MAR-2011 02:08:07', 'EXFSYS');
INSERT INTO dba_registry (comp_id, comp_name, version, status, modified, schema) VALUES ('CONTEXT', 'Oracle Text', '10.2.0.5.0', 'VALID', '15-MAR-2011 02:08:33', 'CTXSYS');
INSERT INTO dba_registry (comp_id, comp_name, version, status, modified, schema) VALUES ('ORDIM', 'Oracle interMedia', '10.2.0.5.0', 'VALID', '15-MAR-2011 02:10:18', 'ORDSYS');
INSERT INTO dba_registry (comp_id, comp_name, version, status, modified, schema) VALUES ('SDO', 'Spatial', '10.2.0.5.0', 'INVALID', '15-MAR-2011 02:11:02', 'MDSYS');
INSERT INTO dba_registry (comp_id, comp_name, version, status, modified, schema) VALUES ('EM', 'Oracle Enterprise Manager', '10.2.0.5.0', 'VALID', '15-MAR-2011 02:12:26', 'SYSMAN');

INSERT INTO dba_tablespaces (tablespace_name, block_size, initial_extent, next_extent, min_extents, max_extents,
    pct_increase, min_extlen, status, contents, logging, force_logging, extent_management, allocation_type, plugged_in,
    segment_space_management) VALUES ('SYSTEM', 8192, 65536, NULL, 1, 2147483645, NULL, 65536, 'ONLINE', 'PERMANENT', 'LOGGING', 'NO', 'LOCAL', 'SYSTEM', 'NO', 'MANUAL');
INSERT INTO dba_tablespaces (tablespace_name, block_size, initial_extent, next_extent, min_extents, max_extents,
    pct_increase, min_extlen, status, contents, logging, force_logging, extent_management, allocation_type, plugged_in,
    segment_space_management) VALUES ('UNDOTBS1', 8192, 65536, NULL, 1, 2147483645, NULL, 65536, 'ONLINE', 'UNDO', 'LOGGING', 'NO', 'LOCAL', 'SYSTEM', 'NO', 'MANUAL');
INSERT INTO dba_tablespaces (tablespace_name, block_size, initial_extent, next_extent, min_extents, max_extents,
    pct_increase, min_extlen, status, contents, logging, force_logging, extent_management, allocation_type, plugged_in,
    segment_space_management) VALUES ('SYSAUX', 8192, 65536, NULL, 1, 2147483645, NULL, 65536, 'ONLINE', 'PERMANENT', 'LOGGING', 'NO', 'LOCAL', 'SYSTEM', 'NO', 'AUTO');
INSERT INTO dba_tablespaces (tablespace_name, block_size, initial_extent, next_extent, min_extents, max_extents,
    pct_increase, min_extlen, status, contents, logging, force_logging, extent_management, allocation_type, plugged_in,
    segment_space_management) VALUES ('TEMP', 8192, 1048576, 1048576, 1, NULL, 0, 1048576, 'ONLINE', 'TEMPORARY', 'NOLOGGING', 'NO', 'LOCAL', 'UNIFORM', 'NO', 'MANUAL');
INSERT INTO dba_tablespaces (tablespace_name, block_size, initial_extent, next_extent, min_extents, max_extents,
    pct_increase, min_extlen, status, contents, logging, force_logging, extent_management, allocation_type, plugged_in,
    segment_space_management) VALUES ('USERS', 8192, 65536, NULL, 1, 2147483645, NULL, 65536, 'ONLINE', 'PERMANENT', 'LOGGING', 'NO', 'LOCAL', 'SYSTEM', 'NO', 'AUTO');
INSERT INTO dba_tablespaces (tablespace_name, block_size, initial_extent, next_extent, min_extents, max_extents,
    pct_increase, min_extlen, status, contents, logging, force_logging, extent_management, allocation_type, plugged_in,
    segment_space_management) VALUES ('HIS_DATA', 8192, 65536, NULL, 1, 2147483645, NULL, 65536, 'ONLINE', 'PERMANENT', 'LOGGING', 'NO', 'LOCAL', 'SYSTEM', 'NO', 'AUTO');
INSERT INTO dba_tablespaces (tablespace_name, block_size, initial_extent, next_extent, min_extents, max_extents,
    pct_increase, min_extlen, status, contents, logging, force_logging, extent_management, allocation_type, plugged_in,
    segment_space_management) VALUES ('HIS_INDEX', 8192, 65536, NULL, 1, 2147483645, NULL, 65536, 'ONLINE', 'PERMANENT', 'LOGGING', 'NO', 'LOCAL', 'SYSTEM', 'NO', 'AUTO');

-- HIS_DATA is nearly full: three 30 GB files, the last one autoextending up to the 32 GB smallfile limit.
INSERT INTO dba_data_files (file_name, file_id, tablespace_name, bytes, blocks, status, relative_fno, autoextensible,
    maxbytes, maxblocks, increment_by, user_bytes, user_blocks, online_status) VALUES
  ('/u01/app/oracle/oradata/HIS/system01.dbf', 1, 'SYSTEM', 1073741824, 131072, 'AVAILABLE', 1, 'YES', 34359721984, 4194302, 1280, 1073676288, 131064, 'SYSTEM');
INSERT INTO dba_data_files (file_name, file_id, tablespace_name, bytes, blocks, status, relative_fno, autoextensible,
    maxbytes, maxblocks, increment_by, user_bytes, user_blocks, online_status) VALUES
  ('/u01/app/oracle/oradata/HIS/undotbs01.dbf', 2, 'UNDOTBS1', 8589934592, 1048576, 'AVAILABLE', 2, 'YES', 34359721984, 4194302, 640, 8589869056, 1048568, 'ONLINE');
INSERT INTO dba_data_files (file_name, file_id, tablespace_name, bytes, blocks, status, relative_fno, autoextensible,
    maxbytes, maxblocks, increment_by, user_bytes, user_blocks, online_status) VALUES
  ('/u01/app/oracle/oradata/HIS/sysaux01.dbf', 3, 'SYSAUX', 2147483648, 262144, 'AVAILABLE', 3, 'YES', 34359721984, 4194302, 1280, 2147418112, 262136, 'ONLINE');
INSERT INTO dba_data_files (file_name, file_id, tablespace_name, bytes, blocks, status, relative_fno, autoextensible,
    maxbytes, maxblocks, increment_by, user_bytes, user_blocks, online_status) VALUES
  ('/u01/app/oracle/oradata/HIS/users01.dbf', 4, 'USERS', 104857600, 12800, 'AVAILABLE', 4, 'YES', 34359721984, 4194302, 160, 104792064, 12792, 'ONLINE');
INSERT INTO dba_data_files (file_name, file_id, tablespace_name, bytes, blocks, status, relative_fno, autoextensible,
    maxbytes, maxblocks, increment_by, user_bytes, user_blocks, online_status) VALUES
  ('/u01/app/oracle/oradata/HIS/his_data01.dbf', 5, 'HIS_DATA', 32212254720, 3932160, 'AVAILABLE', 5, 'NO', 0, 0, 0, 32212189184, 3932152, 'ONLINE');
INSERT INTO dba_data_files (file_name, file_id, tablespace_name, bytes, blocks, status, relative_fno, autoextensible,
    maxbytes, maxblocks, increment_by, user_bytes, user_blocks, online_status) VALUES
  ('/u01/app/oracle/oradata/HIS/his_data02.dbf', 6, 'HIS_DATA', 32212254720, 3932160, 'AVAILABLE', 6, 'NO', 0, 0, 0, 32212189184, 3932152, 'ONLINE');
INSERT INTO dba_data_files (file_name, file_id, tablespace_name, bytes, blocks, status, relative_fno, autoextensible,
    maxbytes, maxblocks, increment_by, user_bytes, user_blocks, online_status) VALUES
  ('/u01/app/oracle/oradata/HIS/his_data03.dbf', 7, 'HIS_DATA', 32212254720, 3932160, 'AVAILABLE', 7, 'YES', 34359721984, 4194302, 12800, 32212189184, 3932152, 'ONLINE');
INSERT INTO dba_data_files (file_name, file_id, tablespace_name, bytes, blocks, status, relative_fno, autoextensible,
    maxbytes, maxblocks, increment_by, user_bytes, user_blocks, online_status) VALUES
  ('/u01/app/oracle/oradata/HIS/his_index01.dbf', 8, 'HIS_INDEX', 21474836480, 2621440, 'AVAILABLE', 8, 'YES', 34359721984, 4194302, 12800, 21474770944, 2621432, 'ONLINE');

INSERT INTO dba_free_space (tablespace_name, file_id, block_id, bytes, blocks, relative_fno) VALUES ('SYSTEM', 1, 120841, 83820544, 10232, 1);
INSERT INTO dba_free_space (tablespace_name, file_id, block_id, bytes, blocks, relative_fno) VALUES ('UNDOTBS1', 2, 9, 7516192768, 917504, 2);
INSERT INTO dba_free_space (tablespace_name, file_id, block_id, bytes, blocks, relative_fno) VALUES ('SYSAUX', 3, 221193, 335544320, 40960, 3);
INSERT INTO dba_free_space (tablespace_name, file_id, block_id, bytes, blocks, relative_fno) VALUES ('USERS', 4, 1033, 96337920, 11760, 4);
INSERT INTO dba_free_space (tablespace_name, file_id, block_id, bytes, blocks, relative_fno) VALUES ('HIS_DATA', 7, 3801089, 1073741824, 131072, 7);
INSERT INTO dba_free_space (tablespace_name, file_id, block_id, bytes, blocks, relative_fno) VALUES ('HIS_INDEX', 8, 2359297, 2147483648, 262144, 8);

INSERT INTO dba_users (username, user_id, password, account_status, lock_date, expiry_date, default_tablespace,
    temporary_tablespace, created, profile, initial_rsrc_consumer_group, external_name) VALUES
  ('SYS', 0, '8A8F025737A9097A', 'OPEN', NULL, NULL, 'SYSTEM', 'TEMP', TIMESTAMP '2009-06-18 10:42:16', 'DEFAULT', 'SYS_GROUP', NULL);
INSERT INTO dba_users (username, user_id, password, account_status, lock_date, expiry_date, default_tablespace,
    temporary_tablespace, created, profile, initial_rsrc_consumer_group, external_name) VALUES
  ('SYSTEM', 5, '2D594E86F93B17A1', 'OPEN', NULL, NULL, 'SYSTEM', 'TEMP', TIMESTAMP '2009-06-18 10:42:16', 'DEFAULT', 'SYS_GROUP', NULL);
INSERT INTO dba_users (username, user_id, password, account_status, lock_date, expiry_date, default_tablespace,
    temporary_tablespace, created, profile, initial_rsrc_consumer_group, external_name) VALUES
  ('SCOTT', 54, 'F894844C34402B67', 'EXPIRED & LOCKED', TIMESTAMP '2009-06-18 11:02:40', TIMESTAMP '2009-06-18 11:02:40', 'USERS', 'TEMP', TIMESTAMP '2009-06-18 10:49:58', 'DEFAULT', 'DEFAULT_CONSUMER_GROUP', NULL);
INSERT INTO dba_users (username, user_id, password, account_status, lock_date, expiry_date, default_tablespace,
    temporary_tablespace, created, profile, initial_rsrc_consumer_group, external_name) VALUES
  ('HIS', 61, 'B2A6D6F4B9E7C3A0', 'OPEN', NULL, NULL, 'HIS_DATA', 'TEMP', TIMESTAMP '2009-06-20 09:15:02', 'DEFAULT', 'DEFAULT_CONSUMER_GROUP', NULL);
INSERT INTO dba_users (username, user_id, password, account_status, lock_date, expiry_date, default_tablespace,
    temporary_tablespace, created, profile, initial_rsrc_consumer_group, external_name) VALUES
  ('HISOPS', 88, '6C1E3A7D25F0B941', 'OPEN', NULL, NULL, 'USERS', 'TEMP', TIMESTAMP '2024-09-30 16:20:11', 'DEFAULT', 'DEFAULT_CONSUMER_GROUP', NULL);

INSERT INTO v$log (group#, thread#, sequence#, bytes, members, archived, status, first_change#, first_time) VALUES
  (1, 1, 48211, 536870912, 2, 'YES', 'INACTIVE', 8716301177, TIMESTAMP '2024-10-21 09:12:03');
INSERT INTO v$log (group#, thread#, sequence#, bytes, members, archived, status, first_change#, first_time) VALUES
  (2, 1, 48212, 536870912, 2, 'NO', 'CURRENT', 8716440011, TIMESTAMP '2024-10-21 09:41:37');
INSERT INTO v$log (group#, thread#, sequence#, bytes, members, archived, status, first_change#, first_time) VALUES
  (3, 1, 48210, 536870912, 2, 'YES', 'INACTIVE', 8716158420, TIMESTAMP '2024-10-21 08:47:55');

INSERT INTO v$recovery_file_dest (name, space_limit, space_used, space_reclaimable, number_of_files) VALUES
  ('/u01/app/oracle/flash_recovery_area', 107374182400, 83214876672, 21474836480, 412);
INSERT INTO v$flash_recovery_area_usage (file_type, percent_space_used, percent_space_reclaimable, number_of_files) VALUES ('CONTROLFILE', 0, 0, 0);
INSERT INTO v$flash_recovery_area_usage (file_type, percent_space_used, percent_space_reclaimable, number_of_files) VALUES ('ONLINELOG', 0, 0, 0);
INSERT INTO v$flash_recovery_area_usage (file_type, percent_space_used, percent_space_reclaimable, number_of_files) VALUES ('ARCHIVELOG', 61.34, 20, 398);
INSERT INTO v$flash_recovery_area_usage (file_type, percent_space_used, percent_space_reclaimable, number_of_files) VALUES ('BACKUPPIECE', 16.16, 0, 14);
INSERT INTO v$flash_recovery_area_usage (file_type, percent_space_used, percent_space_reclaimable, number_of_files) VALUES ('IMAGECOPY', 0, 0, 0);
INSERT INTO v$flash_recovery_area_usage (file_type, percent_space_used, percent_space_reclaimable, number_of_files) VALUES ('FLASHBACKLOG', 0, 0, 0);

-- The HIS application's own schema (not in the catalogue: an application table). HisOps' account is granted
-- nothing on it; made-up rows, no real patient.
CREATE SCHEMA his;
CREATE TABLE his.pat_visit (visit_no NUMBER(12), patient_id VARCHAR2(20), dept_code VARCHAR2(10), visit_date DATE);
INSERT INTO his.pat_visit (visit_no, patient_id, dept_code, visit_date) VALUES (202410210001, 'P000001', 'NK01', TIMESTAMP '2024-10-21 08:02:11');
INSERT INTO his.pat_visit (visit_no, patient_id, dept_code, visit_date) VALUES (202410210002, 'P000002', 'WK02', TIMESTAMP '2024-10-21 08:05:40');
INSERT INTO his.pat_visit (visit_no, patient_id, dept_code, visit_date) VALUES (202410210003, 'P000003', 'EK01', TIMESTAMP '2024-10-21 08:09:03');
