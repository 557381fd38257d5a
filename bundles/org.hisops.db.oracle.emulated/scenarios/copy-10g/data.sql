-- copy-10g (emulated): the dictionary rows that describe the HIS schema below, and its rows. Made-up patients.

-- The application's own schema (not dictionary views). DOC_FILE's BFILE column exists only in the dictionary:
-- the copy refuses the table before reading it.
CREATE SCHEMA his;
CREATE TABLE his.patient (patient_id NUMBER(10) NOT NULL, name VARCHAR2(40 CHAR) NOT NULL, sex CHAR(1),
    birth_date DATE, id_card VARCHAR2(18), balance NUMBER(12,2), score FLOAT(53), note CLOB, photo BLOB,
    created TIMESTAMP(6), PRIMARY KEY (patient_id));
CREATE TABLE his.lis_result (sample_no VARCHAR2(20) NOT NULL, item_code VARCHAR2(10) NOT NULL, patient_id NUMBER(10),
    result_value NUMBER, result_text VARCHAR2(200), reported TIMESTAMP(6) WITH TIME ZONE,
    PRIMARY KEY (sample_no, item_code));
INSERT INTO his.patient VALUES (1, '张伟', 'M', TIMESTAMP '1958-03-02 14:30:00', '110101195803020011', 1234.50, 0.125,
    'first line' || CHR(10) || 'second	tabbed \ line', HEXTORAW('CAFEBABE'), TIMESTAMP '2024-10-21 08:02:11.123456');
INSERT INTO his.patient VALUES (2, '王芳', 'F', TIMESTAMP '1990-12-31 00:00:00', NULL, -0.01, NULL, NULL, NULL,
    TIMESTAMP '2024-10-21 08:05:40.5');
INSERT INTO his.patient VALUES (3, '李' || CHR(0) || '娜', 'F', TIMESTAMP '1975-06-15 09:00:00', '110101197506150022', 0,
    NULL, NULL, NULL, TIMESTAMP '2024-10-21 08:09:03');
INSERT INTO his.patient VALUES (4, '刘洋', NULL, NULL, NULL, 99999999.99, 3.5, '', HEXTORAW('00FF'),
    TIMESTAMP '2024-10-21 09:00:00');
INSERT INTO his.patient VALUES (5, '陈静', 'F', TIMESTAMP '2001-01-01 23:59:59', '110101200101010044', 10, NULL,
    '住院 病历摘要', NULL, NULL);
INSERT INTO his.lis_result VALUES ('S000000001', 'WBC', 1, 11.2, '白细胞计数偏高', TIMESTAMP '2024-10-21 10:00:00+08:00');
INSERT INTO his.lis_result VALUES ('S000000001', 'HGB', 1, 135, '血红蛋白', TIMESTAMP '2024-10-21 10:00:00+08:00');
INSERT INTO his.lis_result VALUES ('S000000002', 'GLU', 2, 6.123456, NULL, TIMESTAMP '2024-10-21 02:00:00+00:00');
INSERT INTO his.lis_result VALUES ('S000000003', 'K', 4, NULL, '溶血，请复查', NULL);

INSERT INTO dba_tables (owner, table_name) VALUES ('HIS', 'PATIENT');
INSERT INTO dba_tables (owner, table_name) VALUES ('HIS', 'LIS_RESULT');
INSERT INTO dba_tables (owner, table_name) VALUES ('HIS', 'DOC_FILE');
INSERT INTO dba_tables (owner, table_name) VALUES ('HIS', 'BIN$k8Jd2aQ0QyuS0m1xq3rK9A==$0');
INSERT INTO dba_tab_comments (owner, table_name, table_type, comments) VALUES ('HIS', 'PATIENT', 'TABLE', '患者主索引');
INSERT INTO dba_col_comments (owner, table_name, column_name, comments) VALUES ('HIS', 'PATIENT', 'NAME', '姓名');

INSERT INTO dba_tab_columns (owner, table_name, column_name, data_type, data_length, data_precision, data_scale, nullable, column_id, data_default, char_length, char_used) VALUES
  ('HIS', 'PATIENT', 'PATIENT_ID', 'NUMBER', 22, 10, 0, 'N', 1, NULL, 0, NULL);
INSERT INTO dba_tab_columns (owner, table_name, column_name, data_type, data_length, data_precision, data_scale, nullable, column_id, data_default, char_length, char_used) VALUES
  ('HIS', 'PATIENT', 'NAME', 'VARCHAR2', 80, NULL, NULL, 'N', 2, NULL, 40, 'C');
INSERT INTO dba_tab_columns (owner, table_name, column_name, data_type, data_length, data_precision, data_scale, nullable, column_id, data_default, char_length, char_used) VALUES
  ('HIS', 'PATIENT', 'SEX', 'CHAR', 1, NULL, NULL, 'Y', 3, '''U''', 1, 'B');
INSERT INTO dba_tab_columns (owner, table_name, column_name, data_type, data_length, data_precision, data_scale, nullable, column_id, data_default, char_length, char_used) VALUES
  ('HIS', 'PATIENT', 'BIRTH_DATE', 'DATE', 7, NULL, NULL, 'Y', 4, NULL, 0, NULL);
INSERT INTO dba_tab_columns (owner, table_name, column_name, data_type, data_length, data_precision, data_scale, nullable, column_id, data_default, char_length, char_used) VALUES
  ('HIS', 'PATIENT', 'ID_CARD', 'VARCHAR2', 18, NULL, NULL, 'Y', 5, NULL, 18, 'B');
INSERT INTO dba_tab_columns (owner, table_name, column_name, data_type, data_length, data_precision, data_scale, nullable, column_id, data_default, char_length, char_used) VALUES
  ('HIS', 'PATIENT', 'BALANCE', 'NUMBER', 22, 12, 2, 'Y', 6, '0', 0, NULL);
INSERT INTO dba_tab_columns (owner, table_name, column_name, data_type, data_length, data_precision, data_scale, nullable, column_id, data_default, char_length, char_used) VALUES
  ('HIS', 'PATIENT', 'SCORE', 'FLOAT', 22, 53, NULL, 'Y', 7, NULL, 0, NULL);
INSERT INTO dba_tab_columns (owner, table_name, column_name, data_type, data_length, data_precision, data_scale, nullable, column_id, data_default, char_length, char_used) VALUES
  ('HIS', 'PATIENT', 'NOTE', 'CLOB', 4000, NULL, NULL, 'Y', 8, NULL, 0, NULL);
INSERT INTO dba_tab_columns (owner, table_name, column_name, data_type, data_length, data_precision, data_scale, nullable, column_id, data_default, char_length, char_used) VALUES
  ('HIS', 'PATIENT', 'PHOTO', 'BLOB', 4000, NULL, NULL, 'Y', 9, NULL, 0, NULL);
INSERT INTO dba_tab_columns (owner, table_name, column_name, data_type, data_length, data_precision, data_scale, nullable, column_id, data_default, char_length, char_used) VALUES
  ('HIS', 'PATIENT', 'CREATED', 'TIMESTAMP(6)', 11, NULL, 6, 'Y', 10, 'SYSDATE', 0, NULL);
INSERT INTO dba_tab_columns (owner, table_name, column_name, data_type, data_length, data_precision, data_scale, nullable, column_id, data_default, char_length, char_used) VALUES
  ('HIS', 'LIS_RESULT', 'SAMPLE_NO', 'VARCHAR2', 20, NULL, NULL, 'N', 1, NULL, 20, 'B');
INSERT INTO dba_tab_columns (owner, table_name, column_name, data_type, data_length, data_precision, data_scale, nullable, column_id, data_default, char_length, char_used) VALUES
  ('HIS', 'LIS_RESULT', 'ITEM_CODE', 'VARCHAR2', 10, NULL, NULL, 'N', 2, NULL, 10, 'B');
INSERT INTO dba_tab_columns (owner, table_name, column_name, data_type, data_length, data_precision, data_scale, nullable, column_id, data_default, char_length, char_used) VALUES
  ('HIS', 'LIS_RESULT', 'PATIENT_ID', 'NUMBER', 22, 10, 0, 'Y', 3, NULL, 0, NULL);
INSERT INTO dba_tab_columns (owner, table_name, column_name, data_type, data_length, data_precision, data_scale, nullable, column_id, data_default, char_length, char_used) VALUES
  ('HIS', 'LIS_RESULT', 'RESULT_VALUE', 'NUMBER', 22, NULL, NULL, 'Y', 4, NULL, 0, NULL);
INSERT INTO dba_tab_columns (owner, table_name, column_name, data_type, data_length, data_precision, data_scale, nullable, column_id, data_default, char_length, char_used) VALUES
  ('HIS', 'LIS_RESULT', 'RESULT_TEXT', 'VARCHAR2', 200, NULL, NULL, 'Y', 5, NULL, 200, 'B');
INSERT INTO dba_tab_columns (owner, table_name, column_name, data_type, data_length, data_precision, data_scale, nullable, column_id, data_default, char_length, char_used) VALUES
  ('HIS', 'LIS_RESULT', 'REPORTED', 'TIMESTAMP(6) WITH TIME ZONE', 13, NULL, 6, 'Y', 6, 'SYSTIMESTAMP', 0, NULL);
INSERT INTO dba_tab_columns (owner, table_name, column_name, data_type, data_length, data_precision, data_scale, nullable, column_id, data_default, char_length, char_used) VALUES
  ('HIS', 'DOC_FILE', 'DOC_ID', 'NUMBER', 22, 10, 0, 'N', 1, NULL, 0, NULL);
INSERT INTO dba_tab_columns (owner, table_name, column_name, data_type, data_length, data_precision, data_scale, nullable, column_id, data_default, char_length, char_used) VALUES
  ('HIS', 'DOC_FILE', 'SCAN', 'BFILE', 530, NULL, NULL, 'Y', 2, NULL, 0, NULL);

INSERT INTO dba_constraints (owner, constraint_name, constraint_type, table_name, search_condition, r_owner, r_constraint_name, delete_rule, status, validated) VALUES
  ('HIS', 'PK_PATIENT', 'P', 'PATIENT', NULL, NULL, NULL, NULL, 'ENABLED', 'VALIDATED');
INSERT INTO dba_constraints (owner, constraint_name, constraint_type, table_name, search_condition, r_owner, r_constraint_name, delete_rule, status, validated) VALUES
  ('HIS', 'SYS_C0011021', 'C', 'PATIENT', '"NAME" IS NOT NULL', NULL, NULL, NULL, 'ENABLED', 'VALIDATED');
INSERT INTO dba_constraints (owner, constraint_name, constraint_type, table_name, search_condition, r_owner, r_constraint_name, delete_rule, status, validated) VALUES
  ('HIS', 'CK_PATIENT_SEX', 'C', 'PATIENT', 'sex IN (''M'', ''F'', ''U'')', NULL, NULL, NULL, 'ENABLED', 'VALIDATED');
INSERT INTO dba_constraints (owner, constraint_name, constraint_type, table_name, search_condition, r_owner, r_constraint_name, delete_rule, status, validated) VALUES
  ('HIS', 'PK_LIS_RESULT', 'P', 'LIS_RESULT', NULL, NULL, NULL, NULL, 'ENABLED', 'VALIDATED');
INSERT INTO dba_constraints (owner, constraint_name, constraint_type, table_name, search_condition, r_owner, r_constraint_name, delete_rule, status, validated) VALUES
  ('HIS', 'FK_LIS_PATIENT', 'R', 'LIS_RESULT', NULL, 'HIS', 'PK_PATIENT', 'NO ACTION', 'ENABLED', 'VALIDATED');
INSERT INTO dba_cons_columns (owner, constraint_name, table_name, column_name, position) VALUES ('HIS', 'PK_PATIENT', 'PATIENT', 'PATIENT_ID', 1);
INSERT INTO dba_cons_columns (owner, constraint_name, table_name, column_name, position) VALUES ('HIS', 'SYS_C0011021', 'PATIENT', 'NAME', NULL);
INSERT INTO dba_cons_columns (owner, constraint_name, table_name, column_name, position) VALUES ('HIS', 'CK_PATIENT_SEX', 'PATIENT', 'SEX', NULL);
INSERT INTO dba_cons_columns (owner, constraint_name, table_name, column_name, position) VALUES ('HIS', 'PK_LIS_RESULT', 'LIS_RESULT', 'SAMPLE_NO', 1);
INSERT INTO dba_cons_columns (owner, constraint_name, table_name, column_name, position) VALUES ('HIS', 'PK_LIS_RESULT', 'LIS_RESULT', 'ITEM_CODE', 2);
INSERT INTO dba_cons_columns (owner, constraint_name, table_name, column_name, position) VALUES ('HIS', 'FK_LIS_PATIENT', 'LIS_RESULT', 'PATIENT_ID', 1);

INSERT INTO dba_indexes (owner, index_name, index_type, table_owner, table_name, uniqueness) VALUES ('HIS', 'PK_PATIENT', 'NORMAL', 'HIS', 'PATIENT', 'UNIQUE');
INSERT INTO dba_indexes (owner, index_name, index_type, table_owner, table_name, uniqueness) VALUES ('HIS', 'IDX_PATIENT_IDCARD', 'NORMAL', 'HIS', 'PATIENT', 'NONUNIQUE');
INSERT INTO dba_indexes (owner, index_name, index_type, table_owner, table_name, uniqueness) VALUES ('HIS', 'IDX_PATIENT_NAME_UPPER', 'FUNCTION-BASED NORMAL', 'HIS', 'PATIENT', 'NONUNIQUE');
INSERT INTO dba_indexes (owner, index_name, index_type, table_owner, table_name, uniqueness) VALUES ('HIS', 'PK_LIS_RESULT', 'NORMAL', 'HIS', 'LIS_RESULT', 'UNIQUE');
INSERT INTO dba_indexes (owner, index_name, index_type, table_owner, table_name, uniqueness) VALUES ('HIS', 'BIX_LIS_ITEM', 'BITMAP', 'HIS', 'LIS_RESULT', 'NONUNIQUE');
INSERT INTO dba_ind_columns (index_owner, index_name, column_name, column_position) VALUES ('HIS', 'PK_PATIENT', 'PATIENT_ID', 1);
INSERT INTO dba_ind_columns (index_owner, index_name, column_name, column_position) VALUES ('HIS', 'IDX_PATIENT_IDCARD', 'ID_CARD', 1);
INSERT INTO dba_ind_columns (index_owner, index_name, column_name, column_position) VALUES ('HIS', 'IDX_PATIENT_NAME_UPPER', 'SYS_NC00011$', 1);
INSERT INTO dba_ind_columns (index_owner, index_name, column_name, column_position) VALUES ('HIS', 'PK_LIS_RESULT', 'SAMPLE_NO', 1);
INSERT INTO dba_ind_columns (index_owner, index_name, column_name, column_position) VALUES ('HIS', 'PK_LIS_RESULT', 'ITEM_CODE', 2);
INSERT INTO dba_ind_columns (index_owner, index_name, column_name, column_position) VALUES ('HIS', 'BIX_LIS_ITEM', 'ITEM_CODE', 1);

-- Oracle's default sequence bound (1e27 - 1), beyond bigint
INSERT INTO dba_sequences (sequence_owner, sequence_name, min_value, max_value, increment_by, cycle_flag, order_flag, cache_size, last_number) VALUES
  ('HIS', 'SEQ_PATIENT', 1, 999999999999999999999999999, 1, 'N', 'N', 20, 1000021);
INSERT INTO dba_triggers (owner, trigger_name, trigger_type, triggering_event, table_owner, base_object_type, table_name, column_name, referencing_names, trigger_body) VALUES
  ('HIS', 'TRG_PATIENT_ID', 'BEFORE EACH ROW', 'INSERT', 'HIS', 'TABLE', 'PATIENT', NULL, 'REFERENCING NEW AS NEW OLD AS OLD',
   'BEGIN' || CHR(10) || '  IF :new.patient_id IS NULL THEN' || CHR(10) || '    SELECT seq_patient.NEXTVAL INTO :new.patient_id FROM dual;' || CHR(10) || '  END IF;' || CHR(10) || 'END;');

INSERT INTO v$instance (instance_number, instance_name, host_name, version, startup_time, status, parallel, thread#,
    archiver, logins, database_status, instance_role)
  VALUES (1, 'his', 'his-db1', '10.2.0.5.0', TIMESTAMP '2024-10-08 06:12:40', 'OPEN', 'NO', 1, 'STARTED', 'ALLOWED',
    'ACTIVE', 'PRIMARY_INSTANCE');
-- BANNER is VARCHAR2(64) in 10.2: 10g shows its own banner cut short
INSERT INTO v$version (banner) VALUES ('Oracle Database 10g Enterprise Edition Release 10.2.0.5.0 - 64bi');

-- The database's SCN, which the emulated DBMS_FLASHBACK.GET_SYSTEM_CHANGE_NUMBER answers (the data verification
-- reads AS OF it; the stand-in drops AS OF SCN, as these rows never change).
INSERT INTO v$database (dbid, name, open_mode, database_role, current_scn)
  VALUES (3319204451, 'HIS', 'READ WRITE', 'PRIMARY', 5120447731);

-- SYS sees every table in the ALL_ views, as in the DBA_ views: the data verification reads its columns and keys there.
INSERT INTO all_tab_columns (owner, table_name, column_name, data_type, data_length, data_scale, column_id)
  SELECT owner, table_name, column_name, data_type, data_length, data_scale, column_id FROM dba_tab_columns;
INSERT INTO all_constraints (owner, constraint_name, constraint_type, table_name)
  SELECT owner, constraint_name, constraint_type, table_name FROM dba_constraints;
INSERT INTO all_cons_columns (owner, constraint_name, table_name, column_name, position)
  SELECT owner, constraint_name, table_name, column_name, position FROM dba_cons_columns;
