-- id: inspection.ora.blocking.sessions
-- engine: oracle
-- versions: [10.2,11.2]
-- Sessions waiting for a lock another session holds: the waiter's request (REQUEST > 0) on the same resource
-- (TYPE, ID1, ID2) as a lock marked blocking (BLOCK > 0; 2 in RAC means "possibly blocking on another instance").
-- CTIME of the waiter's row is how long it has waited, in seconds. V$LOCK rather than V$SESSION.BLOCKING_SESSION:
-- the catalogue lists V$SESSION only up to SERVER (10.2) / PROCESS (11.2).
SELECT w.sid waiter_sid, ws.serial# waiter_serial, ws.username waiter_user, h.sid blocker_sid,
       hs.serial# blocker_serial, hs.username blocker_user, hs.status blocker_status, w.type lock_type,
       w.ctime wait_seconds
FROM v$lock w, v$lock h, v$session ws, v$session hs
WHERE w.request > 0 AND h.block > 0 AND h.type = w.type AND h.id1 = w.id1 AND h.id2 = w.id2
  AND h.sid <> w.sid AND ws.sid = w.sid AND hs.sid = h.sid
ORDER BY w.ctime DESC
