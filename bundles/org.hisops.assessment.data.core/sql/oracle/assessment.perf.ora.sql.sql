-- id: assessment.perf.ora.sql
-- engine: oracle
-- versions: [10.2,11.2]
SELECT sql_id, plan_hash_value, SUBSTR(sql_text, 1, 1000) sql_text, executions, elapsed_time, cpu_time, buffer_gets,
       disk_reads
FROM (SELECT sql_id, plan_hash_value, sql_text, executions, elapsed_time, cpu_time, buffer_gets, disk_reads,
             RANK() OVER (ORDER BY elapsed_time DESC) r_elapsed, RANK() OVER (ORDER BY cpu_time DESC) r_cpu,
             RANK() OVER (ORDER BY buffer_gets DESC) r_gets, RANK() OVER (ORDER BY executions DESC) r_executions
      FROM v$sqlarea)
WHERE r_elapsed <= 50 OR r_cpu <= 50 OR r_gets <= 50 OR r_executions <= 50
