-- upgrade-10g-clean (emulated): what differs from his-10g once the DBA prepared the upgrade.

UPDATE dba_registry SET status = 'VALID' WHERE comp_id = 'SDO';
UPDATE dba_data_files SET bytes = 1610612736, blocks = 196608, user_bytes = 1610547200, user_blocks = 196600 WHERE file_id = 1;
UPDATE nls_database_parameters SET value = 'AL32UTF8' WHERE parameter = 'NLS_CHARACTERSET';

INSERT INTO dba_temp_files (file_name, file_id, tablespace_name, bytes, autoextensible, maxbytes) VALUES
  ('/u01/app/oracle/oradata/HIS/temp01.dbf', 1, 'TEMP', 2147483648, 'YES', 34359721984);
INSERT INTO v$timezone_file (filename, version) VALUES ('timezlrg.dat', 11);

INSERT INTO dba_objects (owner, object_name, object_type, status) VALUES ('HIS', 'PAT_VISIT', 'TABLE', 'VALID');
INSERT INTO dba_objects (owner, object_name, object_type, status) VALUES ('HIS', 'PKG_CHARGE', 'PACKAGE BODY', 'VALID');
INSERT INTO dba_objects (owner, object_name, object_type, status) VALUES ('HIS', 'V_DEPT_VISITS', 'VIEW', 'VALID');

-- A connected-user link stores no password: not a finding.
INSERT INTO dba_db_links (owner, db_link, username, host, created) VALUES ('HIS', 'LIS.HOSPITAL', NULL, 'lis', TIMESTAMP '2012-04-01 10:00:00');
INSERT INTO dba_role_privs (grantee, granted_role, admin_option, default_role) VALUES ('HIS', 'RESOURCE', 'NO', 'YES');
INSERT INTO dba_role_privs (grantee, granted_role, admin_option, default_role) VALUES ('SCOTT', 'CONNECT', 'NO', 'YES');

INSERT INTO v$backup (file#, status, change#, time) VALUES (1, 'NOT ACTIVE', 0, NULL);
INSERT INTO v$backup (file#, status, change#, time) VALUES (3, 'NOT ACTIVE', 0, NULL);
INSERT INTO v$backup (file#, status, change#, time) VALUES (8, 'NOT ACTIVE', 0, NULL);

INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable) VALUES
  (205, 'timed_statistics', 1, 'TRUE', 'TRUE', 'TRUE', 'TRUE', 'IMMEDIATE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable) VALUES
  (1201, 'nls_length_semantics', 2, 'BYTE', 'BYTE', 'TRUE', 'TRUE', 'IMMEDIATE');

INSERT INTO dba_tables (owner, table_name, last_analyzed) VALUES ('SYS', 'OBJ$', TIMESTAMP '2024-10-20 22:00:11');
INSERT INTO dba_tables (owner, table_name, last_analyzed) VALUES ('SYS', 'TAB$', TIMESTAMP '2024-10-20 22:00:12');
INSERT INTO dba_tables (owner, table_name, last_analyzed) VALUES ('SYSTEM', 'DEF$_AQCALL', TIMESTAMP '2024-10-20 22:01:40');

INSERT INTO dba_segments (owner, segment_name, segment_type, tablespace_name, bytes) VALUES ('SYS', 'AUD$', 'TABLE', 'SYSTEM', 67108864);
INSERT INTO dba_segments (owner, segment_name, segment_type, tablespace_name, bytes) VALUES ('SYS', 'FGA_LOG$', 'TABLE', 'SYSTEM', 65536);

-- Who connects: the HIS application servers (JDBC thin), the LIS interface (OCI), the PACS gateway (JDBC thin)
INSERT INTO v$session (sid, serial#, username, status, server, machine, program) VALUES (131, 7, 'HIS', 'INACTIVE', 'DEDICATED', 'his-app01', 'JDBC Thin Client');
INSERT INTO v$session (sid, serial#, username, status, server, machine, program) VALUES (132, 9, 'HIS', 'INACTIVE', 'DEDICATED', 'his-app01', 'JDBC Thin Client');
INSERT INTO v$session (sid, serial#, username, status, server, machine, program) VALUES (140, 3, 'LIS_IF', 'INACTIVE', 'DEDICATED', 'HOSPITAL\LIS-SRV', 'lisif.exe');
INSERT INTO v$session (sid, serial#, username, status, server, machine, program) VALUES (151, 21, 'PACS_IF', 'INACTIVE', 'DEDICATED', 'pacs-gw', 'JDBC Thin Client');
