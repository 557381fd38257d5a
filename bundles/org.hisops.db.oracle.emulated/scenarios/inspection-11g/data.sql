-- inspection-11g (emulated): healthy figures for every inspection check, and two default-password accounts.

DELETE FROM dba_data_files;
DELETE FROM dba_free_space;
INSERT INTO dba_data_files (file_name, file_id, tablespace_name, bytes, autoextensible, maxbytes) VALUES
  ('+DATA/his/datafile/system.256', 1, 'SYSTEM', 2147483648, 'YES', 34359721984);
INSERT INTO dba_data_files (file_name, file_id, tablespace_name, bytes, autoextensible, maxbytes) VALUES
  ('+DATA/his/datafile/his_data.270', 7, 'HIS_DATA', 21474836480, 'YES', 34359721984);
INSERT INTO dba_free_space (tablespace_name, file_id, block_id, bytes, blocks, relative_fno) VALUES ('SYSTEM', 1, 200001, 536870912, 65536, 1);
INSERT INTO dba_free_space (tablespace_name, file_id, block_id, bytes, blocks, relative_fno) VALUES ('HIS_DATA', 7, 2400001, 2147483648, 262144, 7);

INSERT INTO v$temp_space_header (tablespace_name, file_id, bytes_used, blocks_used, bytes_free, blocks_free, relative_fno) VALUES
  ('TEMP', 1, 536870912, 65536, 1610612736, 196608, 1);

INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (1, 1, 1, 30201, 12840000001, TIMESTAMP '2024-11-19 20:01:00', 12840000101);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (2, 2, 1, 30202, 12840000101, TIMESTAMP '2024-11-19 20:11:00', 12840000201);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (3, 3, 1, 30203, 12840000201, TIMESTAMP '2024-11-19 20:21:00', 12840000301);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (4, 4, 1, 30204, 12840000301, TIMESTAMP '2024-11-19 20:31:00', 12840000401);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (5, 5, 1, 30205, 12840000401, TIMESTAMP '2024-11-19 20:41:00', 12840000501);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (6, 6, 1, 30206, 12840000501, TIMESTAMP '2024-11-19 20:51:00', 12840000601);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (7, 7, 1, 30207, 12840000601, TIMESTAMP '2024-11-20 08:05:00', 12840000701);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (8, 8, 1, 30208, 12840000701, TIMESTAMP '2024-11-20 08:20:00', 12840000801);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (9, 9, 1, 30209, 12840000801, TIMESTAMP '2024-11-20 08:35:00', 12840000901);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (10, 10, 1, 30210, 12840000901, TIMESTAMP '2024-11-20 08:50:00', 12840001001);

INSERT INTO v$rman_backup_job_details (session_key, session_recid, session_stamp, command_id, start_time, end_time, input_bytes, output_bytes, status, input_type) VALUES
  (1201, 1201, 1201, '2024-11-20T01:00', TIMESTAMP '2024-11-20 01:00:00', TIMESTAMP '2024-11-20 01:40:00', 300000000000, 9000000000, 'COMPLETED', 'DB INCR');
INSERT INTO v$rman_backup_job_details (session_key, session_recid, session_stamp, command_id, start_time, end_time, input_bytes, output_bytes, status, input_type) VALUES
  (1202, 1202, 1202, '2024-11-20T06:00', TIMESTAMP '2024-11-20 06:00:00', TIMESTAMP '2024-11-20 06:05:00', 20000000000, 6000000000, 'COMPLETED', 'ARCHIVELOG');

DELETE FROM dba_users;
INSERT INTO dba_users (username, user_id, account_status, lock_date, expiry_date, default_tablespace, temporary_tablespace, created, profile) VALUES
  ('SYS', 0, 'OPEN', NULL, NULL, 'SYSTEM', 'TEMP', TIMESTAMP '2014-05-12 10:00:00', 'DEFAULT');
INSERT INTO dba_users (username, user_id, account_status, lock_date, expiry_date, default_tablespace, temporary_tablespace, created, profile) VALUES
  ('OUTLN', 9, 'EXPIRED & LOCKED', TIMESTAMP '2014-05-12 10:00:00', TIMESTAMP '2014-05-12 10:00:00', 'SYSTEM', 'TEMP', TIMESTAMP '2014-05-12 10:00:00', 'DEFAULT');
INSERT INTO dba_users (username, user_id, account_status, lock_date, expiry_date, default_tablespace, temporary_tablespace, created, profile) VALUES
  ('SCOTT', 84, 'OPEN', NULL, NULL, 'USERS', 'TEMP', TIMESTAMP '2014-05-12 10:00:00', 'DEFAULT');
INSERT INTO dba_users (username, user_id, account_status, lock_date, expiry_date, default_tablespace, temporary_tablespace, created, profile) VALUES
  ('HIS', 91, 'OPEN', NULL, NULL, 'HIS_DATA', 'TEMP', TIMESTAMP '2014-06-20 10:00:00', 'HIS_APP');
INSERT INTO dba_users_with_defpwd (username) VALUES ('SCOTT');
INSERT INTO dba_users_with_defpwd (username) VALUES ('OUTLN');

-- Healthy for the activity checks: indexes valid, no lock waits, wait time dominated by User I/O.
INSERT INTO dba_indexes (owner, index_name, table_owner, table_name, uniqueness, status) VALUES
  ('HIS', 'PK_ORDERS', 'HIS', 'ORDERS', 'UNIQUE', 'VALID');
INSERT INTO dba_indexes (owner, index_name, table_owner, table_name, uniqueness, status) VALUES
  ('HIS', 'IX_FEE_DATE', 'HIS', 'FEE_DETAIL', 'NONUNIQUE', 'N/A');
INSERT INTO dba_ind_partitions (index_owner, index_name, partition_name, status) VALUES
  ('HIS', 'IX_FEE_DATE', 'P202411', 'USABLE');
INSERT INTO v$system_event (event, total_waits, time_waited_micro, wait_class) VALUES ('db file sequential read', 9000000, 3000000000, 'User I/O');
INSERT INTO v$system_event (event, total_waits, time_waited_micro, wait_class) VALUES ('log file sync', 2500000, 900000000, 'Commit');
INSERT INTO v$system_event (event, total_waits, time_waited_micro, wait_class) VALUES ('enq: TX - row lock contention', 100, 50000000, 'Application');
INSERT INTO v$system_event (event, total_waits, time_waited_micro, wait_class) VALUES ('SQL*Net message from client', 90000000, 990000000000, 'Idle');
