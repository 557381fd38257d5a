-- id: dataguard.ops.pg.replication_role
-- engine: postgresql
-- versions: [12,)
-- The role a standby replicates as (a login role with REPLICATION that is not a superuser), for pg_basebackup -U.
SELECT rolname FROM pg_roles WHERE rolreplication AND rolcanlogin AND NOT rolsuper ORDER BY rolname LIMIT 1
