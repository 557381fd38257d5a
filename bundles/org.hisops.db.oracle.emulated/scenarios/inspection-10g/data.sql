-- inspection-10g (emulated): the rows the inspection checks read, replaced so that every figure is this file's.

DELETE FROM dba_data_files;
DELETE FROM dba_free_space;
INSERT INTO dba_data_files (file_name, file_id, tablespace_name, bytes, autoextensible, maxbytes) VALUES
  ('/u01/app/oracle/oradata/HIS/system01.dbf', 1, 'SYSTEM', 1073741824, 'YES', 4294967296);
INSERT INTO dba_data_files (file_name, file_id, tablespace_name, bytes, autoextensible, maxbytes) VALUES
  ('/u01/app/oracle/oradata/HIS/his_data01.dbf', 7, 'HIS_DATA', 10737418240, 'NO', 0);
INSERT INTO dba_data_files (file_name, file_id, tablespace_name, bytes, autoextensible, maxbytes) VALUES
  ('/u01/app/oracle/oradata/HIS/his_index01.dbf', 8, 'HIS_INDEX', 4294967296, 'NO', 0);
INSERT INTO dba_free_space (tablespace_name, file_id, block_id, bytes, blocks, relative_fno) VALUES ('SYSTEM', 1, 100001, 209715200, 25600, 1);
-- HIS_DATA: 300 MB free of 10 GB (97 %), in two extents
INSERT INTO dba_free_space (tablespace_name, file_id, block_id, bytes, blocks, relative_fno) VALUES ('HIS_DATA', 7, 1200001, 209715200, 25600, 7);
INSERT INTO dba_free_space (tablespace_name, file_id, block_id, bytes, blocks, relative_fno) VALUES ('HIS_DATA', 7, 1300001, 104857600, 12800, 7);
INSERT INTO dba_free_space (tablespace_name, file_id, block_id, bytes, blocks, relative_fno) VALUES ('HIS_INDEX', 8, 400001, 536870912, 65536, 8);

INSERT INTO v$temp_space_header (tablespace_name, file_id, bytes_used, blocks_used, bytes_free, blocks_free, relative_fno) VALUES
  ('TEMP', 1, 1992294400, 243200, 104857600, 12800, 1);

DELETE FROM v$recovery_file_dest;
INSERT INTO v$recovery_file_dest (name, space_limit, space_used, space_reclaimable, number_of_files) VALUES
  ('/u01/app/oracle/flash_recovery_area', 107374182400, 105226698752, 2147483648, 655);

INSERT INTO v$archive_dest (dest_id, dest_name, status, binding, name_space, target, archiver, schedule) VALUES
  (1, 'LOG_ARCHIVE_DEST_1', 'VALID', 'OPTIONAL', 'SYSTEM', 'PRIMARY', 'ARCH', 'ACTIVE');
INSERT INTO v$archive_dest (dest_id, dest_name, status, binding, name_space, target, archiver, schedule) VALUES
  (2, 'LOG_ARCHIVE_DEST_2', 'ERROR', 'OPTIONAL', 'SYSTEM', 'STANDBY', 'LGWR', 'ACTIVE');
INSERT INTO v$archive_dest (dest_id, dest_name, status, binding, name_space, target, archiver, schedule) VALUES
  (3, 'LOG_ARCHIVE_DEST_3', 'INACTIVE', 'OPTIONAL', 'SYSTEM', 'PRIMARY', 'ARCH', 'INACTIVE');

-- Log switches: the month-end statistics job at 10:00 yesterday switched 15 times, the night 3 times; one older
-- row lies outside the day.
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (1, 1, 1, 48001, 8700000001, TIMESTAMP '2024-11-18 10:00:00', 8700000101);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (2, 2, 1, 48101, 8710000001, TIMESTAMP '2024-11-19 10:00:10', 8710000101);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (3, 3, 1, 48102, 8710000101, TIMESTAMP '2024-11-19 10:04:00', 8710000201);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (4, 4, 1, 48103, 8710000201, TIMESTAMP '2024-11-19 10:08:00', 8710000301);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (5, 5, 1, 48104, 8710000301, TIMESTAMP '2024-11-19 10:12:00', 8710000401);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (6, 6, 1, 48105, 8710000401, TIMESTAMP '2024-11-19 10:16:00', 8710000501);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (7, 7, 1, 48106, 8710000501, TIMESTAMP '2024-11-19 10:20:00', 8710000601);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (8, 8, 1, 48107, 8710000601, TIMESTAMP '2024-11-19 10:24:00', 8710000701);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (9, 9, 1, 48108, 8710000701, TIMESTAMP '2024-11-19 10:28:00', 8710000801);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (10, 10, 1, 48109, 8710000801, TIMESTAMP '2024-11-19 10:32:00', 8710000901);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (11, 11, 1, 48110, 8710000901, TIMESTAMP '2024-11-19 10:36:00', 8710001001);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (12, 12, 1, 48111, 8710001001, TIMESTAMP '2024-11-19 10:40:00', 8710001101);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (13, 13, 1, 48112, 8710001101, TIMESTAMP '2024-11-19 10:44:00', 8710001201);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (14, 14, 1, 48113, 8710001201, TIMESTAMP '2024-11-19 10:48:00', 8710001301);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (15, 15, 1, 48114, 8710001301, TIMESTAMP '2024-11-19 10:52:00', 8710001401);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (16, 16, 1, 48115, 8710001401, TIMESTAMP '2024-11-19 10:56:00', 8710001501);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (17, 17, 1, 48116, 8710001501, TIMESTAMP '2024-11-20 02:05:00', 8710001601);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (18, 18, 1, 48117, 8710001601, TIMESTAMP '2024-11-20 02:25:00', 8710001701);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (19, 19, 1, 48118, 8710001701, TIMESTAMP '2024-11-20 02:45:00', 8710001801);

-- RMAN: the last good incremental ended 55.5 hours before the clock; two failed jobs since.
INSERT INTO v$rman_backup_job_details (session_key, session_recid, session_stamp, command_id, start_time, end_time, input_bytes, output_bytes, status, input_type) VALUES
  (901, 901, 901, '2024-11-01T01:00', TIMESTAMP '2024-11-01 01:00:00', TIMESTAMP '2024-11-01 03:10:00', 160000000000, 52000000000, 'COMPLETED', 'DB FULL');
INSERT INTO v$rman_backup_job_details (session_key, session_recid, session_stamp, command_id, start_time, end_time, input_bytes, output_bytes, status, input_type) VALUES
  (915, 915, 915, '2024-11-18T01:00', TIMESTAMP '2024-11-18 01:00:00', TIMESTAMP '2024-11-18 01:30:00', 160000000000, 4000000000, 'COMPLETED', 'DB INCR');
INSERT INTO v$rman_backup_job_details (session_key, session_recid, session_stamp, command_id, start_time, end_time, input_bytes, output_bytes, status, input_type) VALUES
  (916, 916, 916, '2024-11-19T01:00', TIMESTAMP '2024-11-19 01:00:00', TIMESTAMP '2024-11-19 01:02:00', 0, 0, 'FAILED', 'DB INCR');
INSERT INTO v$rman_backup_job_details (session_key, session_recid, session_stamp, command_id, start_time, end_time, input_bytes, output_bytes, status, input_type) VALUES
  (917, 917, 917, '2024-11-19T03:00', TIMESTAMP '2024-11-19 03:00:00', TIMESTAMP '2024-11-19 03:01:00', 0, 0, 'FAILED', 'ARCHIVELOG');

INSERT INTO dba_objects (owner, object_name, object_type, status) VALUES ('HIS', 'PKG_BILLING', 'PACKAGE BODY', 'INVALID');
INSERT INTO dba_objects (owner, object_name, object_type, status) VALUES ('HIS', 'PKG_CHARGE_OLD', 'PACKAGE BODY', 'INVALID');

DELETE FROM dba_users;
INSERT INTO dba_users (username, user_id, account_status, lock_date, expiry_date, default_tablespace, temporary_tablespace, created, profile) VALUES
  ('SYS', 0, 'OPEN', NULL, NULL, 'SYSTEM', 'TEMP', TIMESTAMP '2009-05-12 10:00:00', 'DEFAULT');
INSERT INTO dba_users (username, user_id, account_status, lock_date, expiry_date, default_tablespace, temporary_tablespace, created, profile) VALUES
  ('OUTLN', 11, 'EXPIRED & LOCKED', TIMESTAMP '2009-05-12 10:00:00', TIMESTAMP '2009-05-12 10:00:00', 'SYSTEM', 'TEMP', TIMESTAMP '2009-05-12 10:00:00', 'DEFAULT');
INSERT INTO dba_users (username, user_id, account_status, lock_date, expiry_date, default_tablespace, temporary_tablespace, created, profile) VALUES
  ('HIS', 61, 'OPEN', NULL, NULL, 'HIS_DATA', 'TEMP', TIMESTAMP '2009-05-20 10:00:00', 'HIS_APP');
INSERT INTO dba_users (username, user_id, account_status, lock_date, expiry_date, default_tablespace, temporary_tablespace, created, profile) VALUES
  ('LIS_IF', 62, 'OPEN', NULL, TIMESTAMP '2024-11-27 09:00:00', 'HIS_DATA', 'TEMP', TIMESTAMP '2012-03-01 10:00:00', 'DEFAULT');
INSERT INTO dba_users (username, user_id, account_status, lock_date, expiry_date, default_tablespace, temporary_tablespace, created, profile) VALUES
  ('PACS_IF', 63, 'EXPIRED(GRACE)', NULL, TIMESTAMP '2024-11-22 09:00:00', 'HIS_DATA', 'TEMP', TIMESTAMP '2013-06-01 10:00:00', 'DEFAULT');

-- LOG_DATE at +00:00: the emulation (H2) formats a TIMESTAMP WITH TIME ZONE in the session's zone, Oracle in its own.
INSERT INTO dba_scheduler_job_run_details (log_id, log_date, owner, job_name, status, error#, additional_info) VALUES
  (7001, TIMESTAMP '2024-11-18 02:00:05+00:00', 'HIS', 'JOB_DAILY_SETTLE', 'FAILED', 1653, 'ORA-01653: unable to extend table HIS.SETTLE_DETAIL');
INSERT INTO dba_scheduler_job_run_details (log_id, log_date, owner, job_name, status, error#, additional_info) VALUES
  (7002, TIMESTAMP '2024-11-19 02:00:04+00:00', 'HIS', 'JOB_DAILY_SETTLE', 'FAILED', 1653, 'ORA-01653: unable to extend table HIS.SETTLE_DETAIL');
INSERT INTO dba_scheduler_job_run_details (log_id, log_date, owner, job_name, status, error#, additional_info) VALUES
  (7003, TIMESTAMP '2024-11-20 02:00:06+00:00', 'HIS', 'JOB_DAILY_SETTLE', 'SUCCEEDED', 0, NULL);

-- Unusable indexes: the primary key of HIS.ORDERS after a table move (DML on ORDERS fails with ORA-01502) and one
-- partition of a local index after a partition split; a valid index beside them.
INSERT INTO dba_indexes (owner, index_name, table_owner, table_name, uniqueness, status) VALUES
  ('HIS', 'PK_ORDERS', 'HIS', 'ORDERS', 'UNIQUE', 'UNUSABLE');
INSERT INTO dba_indexes (owner, index_name, table_owner, table_name, uniqueness, status) VALUES
  ('HIS', 'IX_ORDERS_DATE', 'HIS', 'ORDERS', 'NONUNIQUE', 'VALID');
INSERT INTO dba_indexes (owner, index_name, table_owner, table_name, uniqueness, status) VALUES
  ('HIS', 'IX_FEE_DATE', 'HIS', 'FEE_DETAIL', 'NONUNIQUE', 'N/A');
INSERT INTO dba_ind_partitions (index_owner, index_name, partition_name, status) VALUES
  ('HIS', 'IX_FEE_DATE', 'P202410', 'USABLE');
INSERT INTO dba_ind_partitions (index_owner, index_name, partition_name, status) VALUES
  ('HIS', 'IX_FEE_DATE', 'P202411', 'UNUSABLE');

-- A lock wait: the LIS interface session 145 holds a row lock (TX, exclusive) it never committed, the outpatient
-- session 101 has waited 240 s for it; a short wait of 5 s (below the threshold) beside it.
INSERT INTO v$session (sid, serial#, username, status) VALUES (101, 3301, 'HIS', 'ACTIVE');
INSERT INTO v$session (sid, serial#, username, status) VALUES (145, 877, 'LIS_IF', 'INACTIVE');
INSERT INTO v$session (sid, serial#, username, status) VALUES (150, 12, 'HIS', 'ACTIVE');
INSERT INTO v$lock (sid, type, id1, id2, lmode, request, ctime, block) VALUES (145, 'TX', 655361, 4021, 6, 0, 300, 1);
INSERT INTO v$lock (sid, type, id1, id2, lmode, request, ctime, block) VALUES (101, 'TX', 655361, 4021, 0, 6, 240, 0);
INSERT INTO v$lock (sid, type, id1, id2, lmode, request, ctime, block) VALUES (150, 'TX', 655361, 4021, 0, 6, 5, 0);
INSERT INTO v$lock (sid, type, id1, id2, lmode, request, ctime, block) VALUES (101, 'TM', 51234, 0, 3, 0, 240, 0);

-- Wait events since start-up: row lock contention (Application) takes 52 % of the non-idle wait time.
INSERT INTO v$system_event (event, total_waits, time_waited_micro, wait_class) VALUES ('enq: TX - row lock contention', 1800, 5200000000, 'Application');
INSERT INTO v$system_event (event, total_waits, time_waited_micro, wait_class) VALUES ('db file sequential read', 9000000, 3000000000, 'User I/O');
INSERT INTO v$system_event (event, total_waits, time_waited_micro, wait_class) VALUES ('log file sync', 2500000, 1200000000, 'Commit');
INSERT INTO v$system_event (event, total_waits, time_waited_micro, wait_class) VALUES ('db file scattered read', 400000, 600000000, 'User I/O');
INSERT INTO v$system_event (event, total_waits, time_waited_micro, wait_class) VALUES ('SQL*Net message from client', 90000000, 990000000000, 'Idle');
