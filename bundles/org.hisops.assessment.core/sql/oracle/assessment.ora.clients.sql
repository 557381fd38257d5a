-- id: assessment.ora.clients
-- engine: oracle
-- versions: [11.2,11.2]
SELECT s.username, c.osuser, c.client_driver, c.client_version, COUNT(DISTINCT s.sid) sessions
FROM v$session s, v$session_connect_info c
WHERE c.sid = s.sid AND s.username IS NOT NULL
GROUP BY s.username, c.osuser, c.client_driver, c.client_version
ORDER BY s.username, c.osuser
