-- id: db.probe.server
-- engine: postgresql
-- versions: [9.6,)
SELECT version(), current_setting('server_version'), current_database(), pg_is_in_recovery(),
       coalesce(host(inet_server_addr()), 'local') || ':' || current_setting('port')
