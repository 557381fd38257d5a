-- upgrade-10g-problems (emulated): what differs from upgrade-10g-clean.

UPDATE nls_database_parameters SET value = 'ZHS16GBK' WHERE parameter = 'NLS_CHARACTERSET';
UPDATE dba_data_files SET bytes = 209715200, blocks = 25600, autoextensible = 'NO', maxbytes = 0, maxblocks = 0,
    increment_by = 0, user_bytes = 209649664, user_blocks = 25592 WHERE file_id = 3;
UPDATE v$timezone_file SET version = 4;

UPDATE dba_objects SET status = 'INVALID' WHERE object_name IN ('PKG_CHARGE', 'V_DEPT_VISITS');
INSERT INTO dba_objects (owner, object_name, object_type, status) VALUES ('HIS', 'PKG_LIS_RESULT', 'PACKAGE BODY', 'INVALID');

INSERT INTO dba_role_privs (grantee, granted_role, admin_option, default_role) VALUES ('LIS_IF', 'CONNECT', 'NO', 'YES');
INSERT INTO dba_db_links (owner, db_link, username, host, created) VALUES ('HIS', 'EMR.HOSPITAL', 'EMR_READ', 'emr', TIMESTAMP '2015-09-12 16:20:00');

-- HIS_INDEX's file stayed in backup mode after a failed ALTER TABLESPACE ... BEGIN BACKUP script.
UPDATE v$backup SET status = 'ACTIVE', change# = 8716301100, time = TIMESTAMP '2024-10-20 23:30:02' WHERE file# = 8;
INSERT INTO dba_2pc_pending (local_tran_id, global_tran_id, state, mixed, advice, tran_comment, fail_time, host, db_user, commit#) VALUES
  ('12.31.4571', 'HIS.8f3a2c1e.12.31.4571', 'prepared', 'no', NULL, NULL, TIMESTAMP '2024-10-19 03:14:07', 'his-app01', 'HIS', '8716001234');

UPDATE v$parameter SET value = 'FALSE', display_value = 'FALSE', isdefault = 'FALSE' WHERE name = 'timed_statistics';
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable) VALUES
  (1050, 'background_dump_dest', 2, '/u01/app/oracle/admin/HIS/bdump', '/u01/app/oracle/admin/HIS/bdump', 'FALSE', 'FALSE', 'IMMEDIATE');

INSERT INTO dba_users (username, user_id, password, account_status, default_tablespace, temporary_tablespace, created, profile) VALUES
  ('DMSYS', 35, 'BFBA5A553FD9E28A', 'EXPIRED & LOCKED', 'SYSAUX', 'TEMP', TIMESTAMP '2009-06-18 10:45:02', 'DEFAULT');
UPDATE dba_segments SET bytes = 3221225472 WHERE segment_name = 'AUD$';
