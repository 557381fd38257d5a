-- id: db.session.readonly
-- engine: postgresql
-- versions: [9.6,)
-- Every transaction of a HisOps session is read-only: a change fails with 25006 on the server itself.
SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY
