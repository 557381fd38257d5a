-- migration-10g (emulated): what a Data Pump / RMAN plan reads, on top of upgrade-10g-clean.

INSERT INTO dba_segments (owner, segment_name, segment_type, tablespace_name, bytes) VALUES ('HIS', 'PAT_VISIT', 'TABLE', 'HIS_DATA', 42949672960);
INSERT INTO dba_segments (owner, segment_name, segment_type, tablespace_name, bytes) VALUES ('HIS', 'ORDERS', 'TABLE PARTITION', 'HIS_DATA', 64424509440);
INSERT INTO dba_segments (owner, segment_name, segment_type, tablespace_name, bytes) VALUES ('HIS', 'PK_PAT_VISIT', 'INDEX', 'HIS_INDEX', 12884901888);
INSERT INTO dba_segments (owner, segment_name, segment_type, tablespace_name, bytes) VALUES ('HIS', 'IX_ORDERS_PAT', 'INDEX PARTITION', 'HIS_INDEX', 19327352832);
INSERT INTO dba_segments (owner, segment_name, segment_type, tablespace_name, bytes) VALUES ('LIS', 'LIS_TEST_RESULT', 'TABLE', 'LIS_DATA', 21474836480);
INSERT INTO dba_segments (owner, segment_name, segment_type, tablespace_name, bytes) VALUES ('LIS', 'PK_LIS_TEST_RESULT', 'INDEX', 'LIS_DATA', 6442450944);
INSERT INTO dba_segments (owner, segment_name, segment_type, tablespace_name, bytes) VALUES ('EMR', 'EMR_DOCUMENT', 'TABLE', 'EMR_DATA', 5368709120);
INSERT INTO dba_segments (owner, segment_name, segment_type, tablespace_name, bytes) VALUES ('EMR', 'SYS_LOB0000051234C00004$$', 'LOBSEGMENT', 'EMR_DATA', 32212254720);
INSERT INTO dba_segments (owner, segment_name, segment_type, tablespace_name, bytes) VALUES ('EMR', 'SYS_IL0000051234C00004$$', 'LOBINDEX', 'EMR_DATA', 67108864);

INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable) VALUES
  (3, 'cpu_count', 3, '8', '8', 'TRUE', 'FALSE', 'IMMEDIATE');
INSERT INTO v$parameter (num, name, type, value, display_value, isdefault, isses_modifiable, issys_modifiable) VALUES
  (1124, 'background_dump_dest', 2, '/u01/app/oracle/admin/HIS/bdump', '/u01/app/oracle/admin/HIS/bdump', 'FALSE', 'FALSE', 'IMMEDIATE');

INSERT INTO dba_directories (owner, directory_name, directory_path) VALUES ('SYS', 'DATA_PUMP_DIR', '/u01/app/oracle/product/10.2.0/db_1/rdbms/log/');
INSERT INTO dba_directories (owner, directory_name, directory_path) VALUES ('SYS', 'HISOPS_DP', '/backup/dpump');
INSERT INTO dba_tab_privs (grantee, owner, table_name, grantor, privilege, grantable, hierarchy) VALUES ('HISOPS', 'SYS', 'HISOPS_DP', 'SYS', 'READ', 'NO', 'NO');
INSERT INTO dba_tab_privs (grantee, owner, table_name, grantor, privilege, grantable, hierarchy) VALUES ('HISOPS', 'SYS', 'HISOPS_DP', 'SYS', 'WRITE', 'NO', 'NO');
INSERT INTO dba_role_privs (grantee, granted_role, admin_option, default_role) VALUES ('HISOPS', 'EXP_FULL_DATABASE', 'NO', 'YES');
