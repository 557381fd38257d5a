-- his-11g-primary (emulated): rows of the dictionary tables. Every INSERT names its columns, so a column that the
-- catalogue does not list for 11.2 and not-in-catalogue.tsv does not add makes the scenario fail to load.

INSERT INTO v$version (banner) VALUES ('Oracle Database 11g Enterprise Edition Release 11.2.0.4.0 - 64bit Production');
INSERT INTO v$version (banner) VALUES ('PL/SQL Release 11.2.0.4.0 - Production');
INSERT INTO v$version (banner) VALUES ('CORE	11.2.0.4.0	Production');
INSERT INTO v$version (banner) VALUES ('TNS for Linux: Version 11.2.0.4.0 - Production');
INSERT INTO v$version (banner) VALUES ('NLSRTL Version 11.2.0.4.0 - Production');

INSERT INTO product_component_version (product, version, status) VALUES ('NLSRTL ', '11.2.0.4.0', 'Production');
INSERT INTO product_component_version (product, version, status) VALUES ('Oracle Database 11g Enterprise Edition ', '11.2.0.4.0', '64bit Production');
INSERT INTO product_component_version (product, version, status) VALUES ('PL/SQL ', '11.2.0.4.0', 'Production');
INSERT INTO product_component_version (product, version, status) VALUES ('TNS for Linux: ', '11.2.0.4.0', 'Production');

INSERT INTO v$database (dbid, name, created, resetlogs_change#, resetlogs_time, prior_resetlogs_change#,
    prior_resetlogs_time, log_mode, checkpoint_change#, archive_change#, controlfile_type, controlfile_created,
    controlfile_sequence#, controlfile_change#, controlfile_time, open_resetlogs, version_time, open_mode,
    protection_mode, protection_level, database_role, force_logging, platform_name, current_scn, flashback_on,
    db_unique_name, switchover_status, dataguard_broker)
  VALUES (3016678421, 'HIS', TIMESTAMP '2016-04-11 21:03:52', 925702, TIMESTAMP '2016-04-11 21:03:55', 1,
    TIMESTAMP '2013-08-24 11:37:30', 'ARCHIVELOG', 12847715321, 12847700112, 'CURRENT', TIMESTAMP '2016-04-11 21:03:52',
    3318877, 12847715321, TIMESTAMP '2024-10-21 09:44:12', 'NOT ALLOWED', TIMESTAMP '2016-04-11 21:03:52', 'READ WRITE',
    'MAXIMUM PERFORMANCE', 'MAXIMUM PERFORMANCE', 'PRIMARY', 'YES', 'Linux x86 64-bit', 12847716044, 'NO', 'his',
    'TO STANDBY', 'DISABLED');

INSERT INTO v$instance (instance_number, instance_name, host_name, version, startup_time, status, parallel, thread#,
    archiver, log_switch_wait, logins, shutdown_pending, database_status, instance_role, active_state)
  VALUES (1, 'his', 'his-db1', '11.2.0.4.0', TIMESTAMP '2024-09-02 05:31:18', 'OPEN', 'NO', 1, 'STARTED', NULL,
    'ALLOWED', 'NO', 'ACTIVE', 'PRIMARY_INSTANCE', 'NORMAL');

INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable,
    isinstance_modifiable, ismodified) VALUES (18, 'processes', 3, '1000', '1000', 'FALSE', 'FALSE', 'FALSE', 'FALSE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable,
    isinstance_modifiable, ismodified) VALUES (23, 'sessions', 3, '1524', '1524', 'FALSE', 'FALSE', 'FALSE', 'FALSE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable,
    isinstance_modifiable, ismodified) VALUES (61, 'sga_target', 6, '25769803776', '24G', 'FALSE', 'FALSE', 'IMMEDIATE', 'TRUE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable,
    isinstance_modifiable, ismodified) VALUES (145, 'db_block_size', 3, '8192', '8192', 'FALSE', 'FALSE', 'FALSE', 'FALSE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable,
    isinstance_modifiable, ismodified) VALUES (186, 'compatible', 2, '11.2.0.4.0', '11.2.0.4.0', 'FALSE', 'FALSE', 'FALSE', 'FALSE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable,
    isinstance_modifiable, ismodified) VALUES (231, 'log_archive_dest_1', 2, 'LOCATION=USE_DB_RECOVERY_FILE_DEST VALID_FOR=(ALL_LOGFILES,ALL_ROLES) DB_UNIQUE_NAME=his',
    'LOCATION=USE_DB_RECOVERY_FILE_DEST VALID_FOR=(ALL_LOGFILES,ALL_ROLES) DB_UNIQUE_NAME=his', 'FALSE', 'TRUE', 'IMMEDIATE', 'TRUE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable,
    isinstance_modifiable, ismodified) VALUES (232, 'log_archive_dest_2', 2, 'SERVICE=hisdg LGWR ASYNC VALID_FOR=(ONLINE_LOGFILES,PRIMARY_ROLE) DB_UNIQUE_NAME=hisdg',
    'SERVICE=hisdg LGWR ASYNC VALID_FOR=(ONLINE_LOGFILES,PRIMARY_ROLE) DB_UNIQUE_NAME=hisdg', 'FALSE', 'TRUE', 'IMMEDIATE', 'TRUE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable,
    isinstance_modifiable, ismodified) VALUES (262, 'log_archive_dest_state_2', 2, 'ENABLE', 'ENABLE', 'FALSE', 'TRUE', 'IMMEDIATE', 'TRUE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable,
    isinstance_modifiable, ismodified) VALUES (298, 'log_archive_config', 2, 'DG_CONFIG=(his,hisdg)', 'DG_CONFIG=(his,hisdg)', 'FALSE', 'FALSE', 'IMMEDIATE', 'TRUE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable,
    isinstance_modifiable, ismodified) VALUES (303, 'log_archive_format', 2, '%t_%s_%r.dbf', '%t_%s_%r.dbf', 'FALSE', 'FALSE', 'FALSE', 'FALSE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable,
    isinstance_modifiable, ismodified) VALUES (311, 'fal_server', 2, 'hisdg', 'hisdg', 'FALSE', 'FALSE', 'IMMEDIATE', 'TRUE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable,
    isinstance_modifiable, ismodified) VALUES (312, 'standby_file_management', 2, 'AUTO', 'AUTO', 'FALSE', 'FALSE', 'IMMEDIATE', 'TRUE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable,
    isinstance_modifiable, ismodified) VALUES (398, 'db_recovery_file_dest', 2, '/u01/app/oracle/fast_recovery_area', '/u01/app/oracle/fast_recovery_area', 'FALSE', 'FALSE', 'IMMEDIATE', 'TRUE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable,
    isinstance_modifiable, ismodified) VALUES (399, 'db_recovery_file_dest_size', 6, '322122547200', '300G', 'FALSE', 'FALSE', 'IMMEDIATE', 'TRUE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable,
    isinstance_modifiable, ismodified) VALUES (433, 'undo_tablespace', 2, 'UNDOTBS1', 'UNDOTBS1', 'FALSE', 'FALSE', 'IMMEDIATE', 'TRUE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable,
    isinstance_modifiable, ismodified) VALUES (450, 'remote_login_passwordfile', 2, 'EXCLUSIVE', 'EXCLUSIVE', 'FALSE', 'FALSE', 'FALSE', 'FALSE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable,
    isinstance_modifiable, ismodified) VALUES (458, 'sec_case_sensitive_logon', 1, 'TRUE', 'TRUE', 'TRUE', 'FALSE', 'IMMEDIATE', 'TRUE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable,
    isinstance_modifiable, ismodified) VALUES (523, 'db_name', 2, 'HIS', 'HIS', 'FALSE', 'FALSE', 'FALSE', 'FALSE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable,
    isinstance_modifiable, ismodified) VALUES (527, 'db_unique_name', 2, 'his', 'his', 'FALSE', 'FALSE', 'FALSE', 'FALSE', 'FALSE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable,
    isinstance_modifiable, ismodified) VALUES (612, 'pga_aggregate_target', 6, '6442450944', '6G', 'FALSE', 'FALSE', 'IMMEDIATE', 'TRUE', 'FALSE');

INSERT INTO v$archive_dest (dest_id, dest_name, status, binding, name_space, target, archiver, schedule, destination,
    log_sequence, reopen_secs, delay_mins, max_connections, net_timeout, process, register, error) VALUES
  (1, 'LOG_ARCHIVE_DEST_1', 'VALID', 'OPTIONAL', 'SYSTEM', 'PRIMARY', 'ARCH', 'ACTIVE', '/u01/app/oracle/fast_recovery_area', 30214, 300, 0, 1, 0, 'ARCH', 'YES', NULL);
INSERT INTO v$archive_dest (dest_id, dest_name, status, binding, name_space, target, archiver, schedule, destination,
    log_sequence, reopen_secs, delay_mins, max_connections, net_timeout, process, register, error) VALUES
  (2, 'LOG_ARCHIVE_DEST_2', 'VALID', 'OPTIONAL', 'SYSTEM', 'STANDBY', 'LGWR', 'ACTIVE', 'hisdg', 30215, 300, 0, 1, 30, 'LGWR', 'YES', NULL);
INSERT INTO v$archive_dest (dest_id, dest_name, status, binding, name_space, target, archiver, schedule, destination,
    log_sequence, reopen_secs, delay_mins, max_connections, net_timeout, process, register, error) VALUES
  (3, 'LOG_ARCHIVE_DEST_3', 'INACTIVE', 'OPTIONAL', 'SYSTEM', 'PRIMARY', 'ARCH', 'INACTIVE', NULL, 0, 300, 0, 1, 0, 'ARCH', 'YES', NULL);

INSERT INTO v$archive_dest_status (dest_id, dest_name, status, type, database_mode, recovery_mode, protection_mode,
    destination, gap_status) VALUES (1, 'LOG_ARCHIVE_DEST_1', 'VALID', 'LOCAL', 'OPEN', 'IDLE', 'MAXIMUM PERFORMANCE', '/u01/app/oracle/fast_recovery_area', NULL);
INSERT INTO v$archive_dest_status (dest_id, dest_name, status, type, database_mode, recovery_mode, protection_mode,
    destination, gap_status) VALUES (2, 'LOG_ARCHIVE_DEST_2', 'VALID', 'PHYSICAL', 'MOUNTED-STANDBY', 'MANAGED REAL TIME APPLY', 'MAXIMUM PERFORMANCE', 'hisdg', 'NO GAP');

INSERT INTO v$dataguard_config (db_unique_name) VALUES ('his');
INSERT INTO v$dataguard_config (db_unique_name) VALUES ('hisdg');

INSERT INTO v$log (group#, thread#, sequence#, bytes, blocksize, members, archived, status, first_change#, first_time,
    next_change#, next_time) VALUES (1, 1, 30213, 1073741824, 512, 2, 'YES', 'INACTIVE', 12847560114, TIMESTAMP '2024-10-21 09:03:27', 12847631020, TIMESTAMP '2024-10-21 09:21:48');
INSERT INTO v$log (group#, thread#, sequence#, bytes, blocksize, members, archived, status, first_change#, first_time,
    next_change#, next_time) VALUES (2, 1, 30214, 1073741824, 512, 2, 'YES', 'ACTIVE', 12847631020, TIMESTAMP '2024-10-21 09:21:48', 12847700112, TIMESTAMP '2024-10-21 09:38:05');
INSERT INTO v$log (group#, thread#, sequence#, bytes, blocksize, members, archived, status, first_change#, first_time,
    next_change#, next_time) VALUES (3, 1, 30215, 1073741824, 512, 2, 'NO', 'CURRENT', 12847700112, TIMESTAMP '2024-10-21 09:38:05', 281474976710655, NULL);

INSERT INTO v$standby_log (group#, dbid, thread#, sequence#, bytes, blocksize, used, archived, status, first_change#,
    first_time, next_change#, next_time, last_change#, last_time) VALUES (4, 'UNASSIGNED', 1, 0, 1073741824, 512, 0, 'YES', 'UNASSIGNED', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO v$standby_log (group#, dbid, thread#, sequence#, bytes, blocksize, used, archived, status, first_change#,
    first_time, next_change#, next_time, last_change#, last_time) VALUES (5, 'UNASSIGNED', 1, 0, 1073741824, 512, 0, 'YES', 'UNASSIGNED', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO v$standby_log (group#, dbid, thread#, sequence#, bytes, blocksize, used, archived, status, first_change#,
    first_time, next_change#, next_time, last_change#, last_time) VALUES (6, 'UNASSIGNED', 1, 0, 1073741824, 512, 0, 'YES', 'UNASSIGNED', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO v$standby_log (group#, dbid, thread#, sequence#, bytes, blocksize, used, archived, status, first_change#,
    first_time, next_change#, next_time, last_change#, last_time) VALUES (7, 'UNASSIGNED', 1, 0, 1073741824, 512, 0, 'YES', 'UNASSIGNED', NULL, NULL, NULL, NULL, NULL, NULL);

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
INSERT INTO nls_database_parameters (parameter, value) VALUES ('NLS_RDBMS_VERSION', '11.2.0.4.0');

INSERT INTO database_properties (property_name, property_value, description) VALUES ('DEFAULT_TEMP_TABLESPACE', 'TEMP', 'Name of default temporary tablespace');
INSERT INTO database_properties (property_name, property_value, description) VALUES ('DEFAULT_PERMANENT_TABLESPACE', 'USERS', 'Name of default permanent tablespace');
INSERT INTO database_properties (property_name, property_value, description) VALUES ('NLS_CHARACTERSET', 'ZHS16GBK', 'Character set');
INSERT INTO database_properties (property_name, property_value, description) VALUES ('DBTIMEZONE', '+08:00', 'DB time zone');
INSERT INTO database_properties (property_name, property_value, description) VALUES ('GLOBAL_DB_NAME', 'HIS', 'Global database name');

INSERT INTO dba_registry (comp_id, comp_name, version, status, modified, namespace, control, schema, procedure, startup, parent_id) VALUES
  ('CATALOG', 'Oracle Database Catalog Views', '11.2.0.4.0', 'VALID', '11-APR-2016 21:27:05', 'SERVER', 'SYS', 'SYS', 'DBMS_REGISTRY_SYS.VALIDATE_CATALOG', NULL, NULL);
INSERT INTO dba_registry (comp_id, comp_name, version, status, modified, namespace, control, schema, procedure, startup, parent_id) VALUES
  ('CATPROC', 'Oracle Database Packages and Types', '11.2.0.4.0', 'VALID', '11-APR-2016 21:27:05', 'SERVER', 'SYS', 'SYS', 'DBMS_REGISTRY_SYS.VALIDATE_CATPROC', NULL, NULL);
INSERT INTO dba_registry (comp_id, comp_name, version, status, modified, namespace, control, schema, procedure, startup, parent_id) VALUES
  ('JAVAVM', 'JServer JAVA Virtual Machine', '11.2.0.4.0', 'VALID', '11-APR-2016 21:16:42', 'SERVER', 'SYS', 'SYS', 'INITJVMAUX.VALIDATE_JAVAVM', NULL, NULL);
INSERT INTO dba_registry (comp_id, comp_name, version, status, modified, namespace, control, schema, procedure, startup, parent_id) VALUES
  ('XML', 'Oracle XDK', '11.2.0.4.0', 'VALID', '11-APR-2016 21:17:31', 'SERVER', 'SYS', 'SYS', 'XMLVALIDATE', NULL, NULL);
INSERT INTO dba_registry (comp_id, comp_name, version, status, modified, namespace, control, schema, procedure, startup, parent_id) VALUES
  ('CATJAVA', 'Oracle Database Java Packages', '11.2.0.4.0', 'VALID', '11-APR-2016 21:17:58', 'SERVER', 'SYS', 'SYS', 'DBMS_REGISTRY_SYS.VALIDATE_CATJAVA', NULL, NULL);
INSERT INTO dba_registry (comp_id, comp_name, version, status, modified, namespace, control, schema, procedure, startup, parent_id) VALUES
  ('XDB', 'Oracle XML Database', '11.2.0.4.0', 'VALID', '11-APR-2016 21:20:10', 'SERVER', 'SYS', 'XDB', 'DBMS_REGXDB.VALIDATEXDB', NULL, NULL);
INSERT INTO dba_registry (comp_id, comp_name, version, status, modified, namespace, control, schema, procedure, startup, parent_id) VALUES
  ('OWM', 'Oracle Workspace Manager', '11.2.0.4.0', 'VALID', '11-APR-2016 21:20:44', 'SERVER', 'SYS', 'WMSYS', 'VALIDATE_OWM', NULL, NULL);
INSERT INTO dba_registry (comp_id, comp_name, version, status, modified, namespace, control, schema, procedure, startup, parent_id) VALUES
  ('CONTEXT', 'Oracle Text', '11.2.0.4.0', 'VALID', '11-APR-2016 21:21:15', 'SERVER', 'SYS', 'CTXSYS', 'VALIDATE_CONTEXT', NULL, NULL);
INSERT INTO dba_registry (comp_id, comp_name, version, status, modified, namespace, control, schema, procedure, startup, parent_id) VALUES
  ('EXF', 'Oracle Expression Filter', '11.2.0.4.0', 'VALID', '11-APR-2016 21:21:40', 'SERVER', 'SYS', 'EXFSYS', 'VALIDATE_EXF', NULL, NULL);
INSERT INTO dba_registry (comp_id, comp_name, version, status, modified, namespace, control, schema, procedure, startup, parent_id) VALUES
  ('RUL', 'Oracle Rules Manager', '11.2.0.4.0', 'VALID', '11-APR-2016 21:21:46', 'SERVER', 'SYS', 'EXFSYS', 'VALIDATE_RUL', NULL, 'EXF');

INSERT INTO dba_tablespaces (tablespace_name, block_size, initial_extent, next_extent, min_extents, max_extents,
    max_size, pct_increase, min_extlen, status, contents, logging, force_logging, extent_management, allocation_type,
    plugged_in, segment_space_management, def_tab_compression, retention) VALUES
  ('SYSTEM', 8192, 65536, NULL, 1, 2147483645, 2147483645, NULL, 65536, 'ONLINE', 'PERMANENT', 'LOGGING', 'NO', 'LOCAL', 'SYSTEM', 'NO', 'MANUAL', 'DISABLED', 'NOT APPLY');
INSERT INTO dba_tablespaces (tablespace_name, block_size, initial_extent, next_extent, min_extents, max_extents,
    max_size, pct_increase, min_extlen, status, contents, logging, force_logging, extent_management, allocation_type,
    plugged_in, segment_space_management, def_tab_compression, retention) VALUES
  ('SYSAUX', 8192, 65536, NULL, 1, 2147483645, 2147483645, NULL, 65536, 'ONLINE', 'PERMANENT', 'LOGGING', 'NO', 'LOCAL', 'SYSTEM', 'NO', 'AUTO', 'DISABLED', 'NOT APPLY');
INSERT INTO dba_tablespaces (tablespace_name, block_size, initial_extent, next_extent, min_extents, max_extents,
    max_size, pct_increase, min_extlen, status, contents, logging, force_logging, extent_management, allocation_type,
    plugged_in, segment_space_management, def_tab_compression, retention) VALUES
  ('UNDOTBS1', 8192, 65536, NULL, 1, 2147483645, 2147483645, NULL, 65536, 'ONLINE', 'UNDO', 'LOGGING', 'NO', 'LOCAL', 'SYSTEM', 'NO', 'MANUAL', 'DISABLED', 'NOGUARANTEE');
INSERT INTO dba_tablespaces (tablespace_name, block_size, initial_extent, next_extent, min_extents, max_extents,
    max_size, pct_increase, min_extlen, status, contents, logging, force_logging, extent_management, allocation_type,
    plugged_in, segment_space_management, def_tab_compression, retention) VALUES
  ('TEMP', 8192, 1048576, 1048576, 1, NULL, 2147483645, 0, 1048576, 'ONLINE', 'TEMPORARY', 'NOLOGGING', 'NO', 'LOCAL', 'UNIFORM', 'NO', 'MANUAL', 'DISABLED', 'NOT APPLY');
INSERT INTO dba_tablespaces (tablespace_name, block_size, initial_extent, next_extent, min_extents, max_extents,
    max_size, pct_increase, min_extlen, status, contents, logging, force_logging, extent_management, allocation_type,
    plugged_in, segment_space_management, def_tab_compression, retention) VALUES
  ('USERS', 8192, 65536, NULL, 1, 2147483645, 2147483645, NULL, 65536, 'ONLINE', 'PERMANENT', 'LOGGING', 'NO', 'LOCAL', 'SYSTEM', 'NO', 'AUTO', 'DISABLED', 'NOT APPLY');
INSERT INTO dba_tablespaces (tablespace_name, block_size, initial_extent, next_extent, min_extents, max_extents,
    max_size, pct_increase, min_extlen, status, contents, logging, force_logging, extent_management, allocation_type,
    plugged_in, segment_space_management, def_tab_compression, retention) VALUES
  ('HIS_DATA', 8192, 65536, NULL, 1, 2147483645, 2147483645, NULL, 65536, 'ONLINE', 'PERMANENT', 'LOGGING', 'NO', 'LOCAL', 'SYSTEM', 'NO', 'AUTO', 'DISABLED', 'NOT APPLY');

INSERT INTO dba_data_files (file_name, file_id, tablespace_name, bytes, blocks, status, relative_fno, autoextensible,
    maxbytes, maxblocks, increment_by, user_bytes, user_blocks, online_status) VALUES
  ('/u01/app/oracle/oradata/HIS/system01.dbf', 1, 'SYSTEM', 2147483648, 262144, 'AVAILABLE', 1, 'YES', 34359721984, 4194302, 1280, 2147418112, 262136, 'SYSTEM');
INSERT INTO dba_data_files (file_name, file_id, tablespace_name, bytes, blocks, status, relative_fno, autoextensible,
    maxbytes, maxblocks, increment_by, user_bytes, user_blocks, online_status) VALUES
  ('/u01/app/oracle/oradata/HIS/sysaux01.dbf', 2, 'SYSAUX', 4294967296, 524288, 'AVAILABLE', 2, 'YES', 34359721984, 4194302, 1280, 4294901760, 524280, 'ONLINE');
INSERT INTO dba_data_files (file_name, file_id, tablespace_name, bytes, blocks, status, relative_fno, autoextensible,
    maxbytes, maxblocks, increment_by, user_bytes, user_blocks, online_status) VALUES
  ('/u01/app/oracle/oradata/HIS/undotbs01.dbf', 3, 'UNDOTBS1', 17179869184, 2097152, 'AVAILABLE', 3, 'YES', 34359721984, 4194302, 640, 17179803648, 2097144, 'ONLINE');
INSERT INTO dba_data_files (file_name, file_id, tablespace_name, bytes, blocks, status, relative_fno, autoextensible,
    maxbytes, maxblocks, increment_by, user_bytes, user_blocks, online_status) VALUES
  ('/u01/app/oracle/oradata/HIS/users01.dbf', 4, 'USERS', 524288000, 64000, 'AVAILABLE', 4, 'YES', 34359721984, 4194302, 160, 523239424, 63872, 'ONLINE');
INSERT INTO dba_data_files (file_name, file_id, tablespace_name, bytes, blocks, status, relative_fno, autoextensible,
    maxbytes, maxblocks, increment_by, user_bytes, user_blocks, online_status) VALUES
  ('/u01/app/oracle/oradata/HIS/his_data01.dbf', 5, 'HIS_DATA', 32212254720, 3932160, 'AVAILABLE', 5, 'YES', 34359721984, 4194302, 12800, 32211206144, 3932032, 'ONLINE');
INSERT INTO dba_data_files (file_name, file_id, tablespace_name, bytes, blocks, status, relative_fno, autoextensible,
    maxbytes, maxblocks, increment_by, user_bytes, user_blocks, online_status) VALUES
  ('/u01/app/oracle/oradata/HIS/his_data02.dbf', 6, 'HIS_DATA', 21474836480, 2621440, 'AVAILABLE', 6, 'YES', 34359721984, 4194302, 12800, 21473787904, 2621312, 'ONLINE');

INSERT INTO dba_temp_files (file_name, file_id, tablespace_name, bytes, blocks, status, relative_fno, autoextensible,
    maxbytes, maxblocks, increment_by, user_bytes, user_blocks) VALUES
  ('/u01/app/oracle/oradata/HIS/temp01.dbf', 1, 'TEMP', 8589934592, 1048576, 'ONLINE', 1, 'YES', 34359721984, 4194302, 80, 8588886016, 1048448);

INSERT INTO v$recovery_file_dest (name, space_limit, space_used, space_reclaimable, number_of_files) VALUES
  ('/u01/app/oracle/fast_recovery_area', 322122547200, 151397597184, 96636764160, 1306);
INSERT INTO v$recovery_area_usage (file_type, percent_space_used, percent_space_reclaimable, number_of_files) VALUES ('CONTROL FILE', 0, 0, 0);
INSERT INTO v$recovery_area_usage (file_type, percent_space_used, percent_space_reclaimable, number_of_files) VALUES ('REDO LOG', 0, 0, 0);
INSERT INTO v$recovery_area_usage (file_type, percent_space_used, percent_space_reclaimable, number_of_files) VALUES ('ARCHIVED LOG', 40.12, 30, 1291);
INSERT INTO v$recovery_area_usage (file_type, percent_space_used, percent_space_reclaimable, number_of_files) VALUES ('BACKUP PIECE', 6.88, 0, 15);
INSERT INTO v$recovery_area_usage (file_type, percent_space_used, percent_space_reclaimable, number_of_files) VALUES ('IMAGE COPY', 0, 0, 0);
INSERT INTO v$recovery_area_usage (file_type, percent_space_used, percent_space_reclaimable, number_of_files) VALUES ('FLASHBACK LOG', 0, 0, 0);
INSERT INTO v$recovery_area_usage (file_type, percent_space_used, percent_space_reclaimable, number_of_files) VALUES ('FOREIGN ARCHIVED LOG', 0, 0, 0);

INSERT INTO dba_users (username, user_id, password, account_status, lock_date, expiry_date, default_tablespace,
    temporary_tablespace, created, profile, initial_rsrc_consumer_group, external_name, password_versions,
    editions_enabled, authentication_type) VALUES
  ('SYS', 0, NULL, 'OPEN', NULL, NULL, 'SYSTEM', 'TEMP', TIMESTAMP '2013-08-24 11:37:38', 'DEFAULT', 'SYS_GROUP', NULL, '10G 11G ', 'N', 'PASSWORD');
INSERT INTO dba_users (username, user_id, password, account_status, lock_date, expiry_date, default_tablespace,
    temporary_tablespace, created, profile, initial_rsrc_consumer_group, external_name, password_versions,
    editions_enabled, authentication_type) VALUES
  ('SYSTEM', 5, NULL, 'OPEN', NULL, NULL, 'SYSTEM', 'TEMP', TIMESTAMP '2013-08-24 11:37:38', 'DEFAULT', 'SYS_GROUP', NULL, '10G 11G ', 'N', 'PASSWORD');
INSERT INTO dba_users (username, user_id, password, account_status, lock_date, expiry_date, default_tablespace,
    temporary_tablespace, created, profile, initial_rsrc_consumer_group, external_name, password_versions,
    editions_enabled, authentication_type) VALUES
  ('HIS', 84, NULL, 'OPEN', NULL, NULL, 'HIS_DATA', 'TEMP', TIMESTAMP '2016-04-12 10:02:51', 'DEFAULT', 'DEFAULT_CONSUMER_GROUP', NULL, '10G 11G ', 'N', 'PASSWORD');
INSERT INTO dba_users (username, user_id, password, account_status, lock_date, expiry_date, default_tablespace,
    temporary_tablespace, created, profile, initial_rsrc_consumer_group, external_name, password_versions,
    editions_enabled, authentication_type) VALUES
  ('HISOPS', 112, NULL, 'OPEN', NULL, NULL, 'USERS', 'TEMP', TIMESTAMP '2024-09-30 16:20:11', 'DEFAULT', 'DEFAULT_CONSUMER_GROUP', NULL, '11G ', 'N', 'PASSWORD');

-- The HIS application's own schema (not in the catalogue: an application table). HisOps' account is granted
-- nothing on it; made-up rows, no real patient.
CREATE SCHEMA his;
CREATE TABLE his.pat_visit (visit_no NUMBER(12), patient_id VARCHAR2(20), dept_code VARCHAR2(10), visit_date DATE);
INSERT INTO his.pat_visit (visit_no, patient_id, dept_code, visit_date) VALUES (202410210001, 'P000001', 'NK01', TIMESTAMP '2024-10-21 08:02:11');
INSERT INTO his.pat_visit (visit_no, patient_id, dept_code, visit_date) VALUES (202410210002, 'P000002', 'WK02', TIMESTAMP '2024-10-21 08:05:40');
