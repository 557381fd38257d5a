-- id: assessment.ora.pending.2pc
-- engine: oracle
-- versions: [10.2,11.2]
SELECT local_tran_id, global_tran_id, state, mixed, fail_time FROM dba_2pc_pending ORDER BY local_tran_id
