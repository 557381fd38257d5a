-- id: assessment.perf.ora.waits
-- engine: oracle
-- versions: [10.2,11.2]
SELECT event, wait_class, total_waits, time_waited_micro
FROM v$system_event
WHERE wait_class <> 'Idle'
