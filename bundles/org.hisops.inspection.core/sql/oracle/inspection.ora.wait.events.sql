-- id: inspection.ora.wait.events
-- engine: oracle
-- versions: [10.2,11.2]
-- Wait time per event since the instance started, without the Idle class (WAIT_CLASS is new in 10.1). Microseconds.
SELECT event, wait_class, total_waits, time_waited_micro
FROM v$system_event
WHERE wait_class <> 'Idle' AND time_waited_micro > 0
ORDER BY time_waited_micro DESC
