-- hetero-10g (emulated): the HIS application's objects, as a 10.2 dictionary shows them.

INSERT INTO dba_objects (owner, object_name, object_type, status) VALUES
  ('HIS', 'PATIENT', 'TABLE', 'VALID'),
  ('HIS', 'VISIT', 'TABLE', 'VALID'),
  ('HIS', 'DEPT', 'TABLE', 'VALID'),
  ('HIS', 'PKG_DEPT_TREE', 'PACKAGE', 'VALID'),
  ('HIS', 'PKG_DEPT_TREE', 'PACKAGE BODY', 'VALID'),
  ('HIS', 'P_PURGE_VISITS', 'PROCEDURE', 'VALID'),
  ('HIS', 'TRG_VISIT_AUDIT', 'TRIGGER', 'VALID'),
  ('HIS', 'T_ADDRESS', 'TYPE', 'VALID'),
  ('HIS', 'T_ADDRESS', 'TYPE BODY', 'VALID'),
  ('HIS', 'SEQ_VISIT', 'SEQUENCE', 'VALID'),
  ('HIS', 'S_LIS_RESULT', 'SYNONYM', 'VALID'),
  ('HIS', 'S_EMR_DOC', 'SYNONYM', 'VALID'),
  ('HIS', 'MV_DAILY_VISITS', 'TABLE', 'VALID'),
  ('HIS', 'MV_DAILY_VISITS', 'MATERIALIZED VIEW', 'VALID'),
  ('PUBLIC', 'PATIENT', 'SYNONYM', 'VALID'),
  ('SYS', 'DBMS_OUTPUT', 'PACKAGE', 'VALID');

INSERT INTO dba_tab_columns (owner, table_name, column_name, data_type, data_length, data_precision, data_scale, column_id) VALUES
  ('HIS', 'PATIENT', 'PATIENT_ID', 'NUMBER', 22, 10, 0, 1),
  ('HIS', 'PATIENT', 'NAME', 'VARCHAR2', 40, NULL, NULL, 2),
  ('HIS', 'PATIENT', 'BIRTH_DATE', 'DATE', 7, NULL, NULL, 3),
  ('HIS', 'PATIENT', 'BALANCE', 'NUMBER', 22, 12, 2, 4),
  ('HIS', 'PATIENT', 'PHOTO', 'BLOB', 4000, NULL, NULL, 5),
  ('HIS', 'PATIENT', 'CARD_SCAN', 'BFILE', 530, NULL, NULL, 6),
  ('HIS', 'VISIT', 'VISIT_ID', 'NUMBER', 22, NULL, NULL, 1),
  ('HIS', 'VISIT', 'PATIENT_ID', 'NUMBER', 22, 10, 0, 2),
  ('HIS', 'VISIT', 'NOTES', 'LONG', 0, NULL, NULL, 3),
  ('HIS', 'VISIT', 'VISIT_TIME', 'DATE', 7, NULL, NULL, 4),
  ('HIS', 'DEPT', 'DEPT_ID', 'NUMBER', 22, 6, 0, 1),
  ('HIS', 'DEPT', 'PARENT_ID', 'NUMBER', 22, 6, 0, 2),
  ('HIS', 'DEPT', 'DEPT_NAME', 'VARCHAR2', 60, NULL, NULL, 3),
  ('HIS', 'MV_DAILY_VISITS', 'VISIT_DAY', 'DATE', 7, NULL, NULL, 1);

INSERT INTO dba_source (owner, name, type, line, text) VALUES
  ('HIS', 'PKG_DEPT_TREE', 'PACKAGE', 1, 'PACKAGE pkg_dept_tree AS'),
  ('HIS', 'PKG_DEPT_TREE', 'PACKAGE', 2, '  PROCEDURE print_tree(p_root NUMBER);'),
  ('HIS', 'PKG_DEPT_TREE', 'PACKAGE', 3, 'END pkg_dept_tree;'),
  ('HIS', 'PKG_DEPT_TREE', 'PACKAGE BODY', 1, 'PACKAGE BODY pkg_dept_tree AS'),
  ('HIS', 'PKG_DEPT_TREE', 'PACKAGE BODY', 2, '  PROCEDURE print_tree(p_root NUMBER) IS'),
  ('HIS', 'PKG_DEPT_TREE', 'PACKAGE BODY', 3, '  BEGIN'),
  ('HIS', 'PKG_DEPT_TREE', 'PACKAGE BODY', 4, '    -- walk the department tree (ROWNUM in this comment must not count)'),
  ('HIS', 'PKG_DEPT_TREE', 'PACKAGE BODY', 5, '    FOR d IN (SELECT LPAD('' '', 2 * LEVEL) || dept_name name FROM dept'),
  ('HIS', 'PKG_DEPT_TREE', 'PACKAGE BODY', 6, '              START WITH dept_id = p_root CONNECT BY PRIOR dept_id = parent_id) LOOP'),
  ('HIS', 'PKG_DEPT_TREE', 'PACKAGE BODY', 7, '      DBMS_OUTPUT.PUT_LINE(NVL(d.name, ''?''));'),
  ('HIS', 'PKG_DEPT_TREE', 'PACKAGE BODY', 8, '    END LOOP;'),
  ('HIS', 'PKG_DEPT_TREE', 'PACKAGE BODY', 9, '  END print_tree;'),
  ('HIS', 'PKG_DEPT_TREE', 'PACKAGE BODY', 10, 'END pkg_dept_tree;'),
  ('HIS', 'P_PURGE_VISITS', 'PROCEDURE', 1, 'PROCEDURE p_purge_visits IS'),
  ('HIS', 'P_PURGE_VISITS', 'PROCEDURE', 2, '  PRAGMA AUTONOMOUS_TRANSACTION;'),
  ('HIS', 'P_PURGE_VISITS', 'PROCEDURE', 3, 'BEGIN'),
  ('HIS', 'P_PURGE_VISITS', 'PROCEDURE', 4, '  EXECUTE IMMEDIATE ''DELETE FROM visit WHERE visit_time < SYSDATE - 3650 AND ROWNUM < 10000'';'),
  ('HIS', 'P_PURGE_VISITS', 'PROCEDURE', 5, '  INSERT INTO purge_log@emr.hospital VALUES (SYSDATE);'),
  ('HIS', 'P_PURGE_VISITS', 'PROCEDURE', 6, '  COMMIT;'),
  ('HIS', 'P_PURGE_VISITS', 'PROCEDURE', 7, 'END;'),
  ('HIS', 'TRG_VISIT_AUDIT', 'TRIGGER', 1, 'TRIGGER trg_visit_audit BEFORE INSERT ON visit FOR EACH ROW'),
  ('HIS', 'TRG_VISIT_AUDIT', 'TRIGGER', 2, 'BEGIN'),
  ('HIS', 'TRG_VISIT_AUDIT', 'TRIGGER', 3, '  SELECT seq_visit.NEXTVAL INTO :NEW.visit_id FROM dual;'),
  ('HIS', 'TRG_VISIT_AUDIT', 'TRIGGER', 4, 'END;'),
  ('HIS', 'T_ADDRESS', 'TYPE', 1, 'TYPE t_address AS OBJECT ('),
  ('HIS', 'T_ADDRESS', 'TYPE', 2, '  street VARCHAR2(80), city VARCHAR2(40),'),
  ('HIS', 'T_ADDRESS', 'TYPE', 3, '  MEMBER FUNCTION label RETURN VARCHAR2);'),
  ('HIS', 'T_ADDRESS', 'TYPE BODY', 1, 'TYPE BODY t_address AS'),
  ('HIS', 'T_ADDRESS', 'TYPE BODY', 2, '  MEMBER FUNCTION label RETURN VARCHAR2 IS BEGIN RETURN city || street; END;'),
  ('HIS', 'T_ADDRESS', 'TYPE BODY', 3, 'END;');

INSERT INTO dba_triggers (owner, trigger_name, trigger_type, triggering_event, table_owner, base_object_type, table_name) VALUES
  ('HIS', 'TRG_VISIT_AUDIT', 'BEFORE EACH ROW', 'INSERT', 'HIS', 'TABLE', 'VISIT');

INSERT INTO dba_types (owner, type_name, typecode, attributes, methods) VALUES
  ('HIS', 'T_ADDRESS', 'OBJECT', 2, 1);

INSERT INTO dba_sequences (sequence_owner, sequence_name, min_value, max_value, increment_by, cycle_flag, order_flag, cache_size, last_number) VALUES
  ('HIS', 'SEQ_VISIT', 1, 9999999999999999999999999999, 1, 'N', 'N', 20, 1250001);

INSERT INTO dba_synonyms (owner, synonym_name, table_owner, table_name, db_link) VALUES
  ('HIS', 'S_LIS_RESULT', 'LIS', 'RESULT', NULL),
  ('HIS', 'S_EMR_DOC', 'EMR', 'DOC', 'EMR.HOSPITAL'),
  ('PUBLIC', 'PATIENT', 'HIS', 'PATIENT', NULL);

INSERT INTO dba_mviews (owner, mview_name, refresh_mode, refresh_method, master_link) VALUES
  ('HIS', 'MV_DAILY_VISITS', 'COMMIT', 'FAST', NULL);

INSERT INTO dba_jobs (job, schema_user, what, interval, broken) VALUES
  (21, 'HIS', 'pkg_dept_tree.print_tree(1);', 'TRUNC(SYSDATE) + 1 + 2/24', 'N');

INSERT INTO dba_scheduler_jobs (owner, job_name, job_type, job_action, schedule_type) VALUES
  ('HIS', 'HIS_PURGE', 'STORED_PROCEDURE', 'HIS.P_PURGE_VISITS', 'CALENDAR');
