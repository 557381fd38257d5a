-- id: db.session.readwrite
-- engine: postgresql
-- versions: [9.6,)
-- Only for DatabaseSessions.change: the one action's session may write; it is closed afterwards, never pooled.
SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE
