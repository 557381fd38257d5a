-- id: db.session.settings
-- engine: postgresql
-- versions: [9.6,)
-- The server cancels any statement that outruns the endpoint's timeout; application_name shows HisOps in
-- pg_stat_activity so a DBA sees who is connected.
SELECT set_config('statement_timeout', ?, false), set_config('application_name', 'HisOps', false)
