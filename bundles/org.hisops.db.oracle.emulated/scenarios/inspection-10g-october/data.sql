-- inspection-10g-october (emulated): the rows that differ from inspection-10g a month before its clock.

-- HIS_DATA: 940 MB free of 10 GB (90 %); HIS_INDEX: 820 MB free of 4 GB (80 %)
DELETE FROM dba_free_space WHERE tablespace_name IN ('HIS_DATA', 'HIS_INDEX');
INSERT INTO dba_free_space (tablespace_name, file_id, block_id, bytes, blocks, relative_fno) VALUES ('HIS_DATA', 7, 1200001, 985661440, 120320, 7);
INSERT INTO dba_free_space (tablespace_name, file_id, block_id, bytes, blocks, relative_fno) VALUES ('HIS_INDEX', 8, 400001, 859832320, 104960, 8);

-- TEMP filled to 70 %
UPDATE v$temp_space_header SET bytes_used = 1468006400, blocks_used = 179200, bytes_free = 629145600, blocks_free = 76800;

-- Recovery area 85 % used and not reclaimable
UPDATE v$recovery_file_dest SET space_used = 93415538688, space_reclaimable = 2147483648;

UPDATE v$archive_dest SET status = 'VALID' WHERE dest_id = 2;

-- Eight switches in the day before the clock, none above the hourly limit
DELETE FROM v$log_history;
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (1, 1, 1, 46001, 8600000001, TIMESTAMP '2024-10-20 10:00:00', 8600000101);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (2, 2, 1, 46002, 8600000101, TIMESTAMP '2024-10-20 10:20:00', 8600000201);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (3, 3, 1, 46003, 8600000201, TIMESTAMP '2024-10-20 10:40:00', 8600000301);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (4, 4, 1, 46004, 8600000301, TIMESTAMP '2024-10-20 14:00:00', 8600000401);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (5, 5, 1, 46005, 8600000401, TIMESTAMP '2024-10-20 18:00:00', 8600000501);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (6, 6, 1, 46006, 8600000501, TIMESTAMP '2024-10-20 22:00:00', 8600000601);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (7, 7, 1, 46007, 8600000601, TIMESTAMP '2024-10-21 02:05:00', 8600000701);
INSERT INTO v$log_history (recid, stamp, thread#, sequence#, first_change#, first_time, next_change#) VALUES (8, 8, 1, 46008, 8600000701, TIMESTAMP '2024-10-21 02:45:00', 8600000801);

-- RMAN: last night's incremental completed
DELETE FROM v$rman_backup_job_details;
INSERT INTO v$rman_backup_job_details (session_key, session_recid, session_stamp, command_id, start_time, end_time, input_bytes, output_bytes, status, input_type) VALUES
  (880, 880, 880, '2024-10-01T01:00', TIMESTAMP '2024-10-01 01:00:00', TIMESTAMP '2024-10-01 03:05:00', 152000000000, 50000000000, 'COMPLETED', 'DB FULL');
INSERT INTO v$rman_backup_job_details (session_key, session_recid, session_stamp, command_id, start_time, end_time, input_bytes, output_bytes, status, input_type) VALUES
  (899, 899, 899, '2024-10-21T01:00', TIMESTAMP '2024-10-21 01:00:00', TIMESTAMP '2024-10-21 01:28:00', 152000000000, 3800000000, 'COMPLETED', 'DB INCR');

INSERT INTO dba_objects (owner, object_name, object_type, status) VALUES ('HIS', 'V_OLD_STATS', 'VIEW', 'INVALID');

DELETE FROM dba_scheduler_job_run_details;
