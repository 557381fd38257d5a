-- id: inspection.ora.log.switches
-- engine: oracle
-- versions: [10.2,11.2]
-- Log switches per hour over the last day (each switch archives one online log in ARCHIVELOG mode).
SELECT log_hour, COUNT(*) switches
FROM (SELECT TO_CHAR(first_time, 'YYYY-MM-DD HH24') log_hour FROM v$log_history WHERE first_time > SYSDATE - 1) h
GROUP BY log_hour
ORDER BY log_hour
