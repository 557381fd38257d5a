-- id: inspection.ora.log.switches
-- engine: oracle
-- versions: [10.2,11.2]
-- Log switches per hour over the last day (each switch archives one online log in ARCHIVELOG mode).
SELECT TO_CHAR(first_time, 'YYYY-MM-DD HH24') hour, COUNT(*) switches
FROM v$log_history
WHERE first_time > SYSDATE - 1
GROUP BY TO_CHAR(first_time, 'YYYY-MM-DD HH24')
ORDER BY 1
