-- id: assessment.ora.clients
-- engine: oracle
-- versions: [10.2,11.1)
SELECT s.username, s.machine, s.program, COUNT(*) sessions
FROM v$session s
WHERE s.username IS NOT NULL
GROUP BY s.username, s.machine, s.program
ORDER BY s.username, s.machine, s.program
