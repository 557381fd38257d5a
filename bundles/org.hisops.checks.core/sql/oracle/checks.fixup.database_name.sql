-- id: checks.fixup.database_name
-- engine: oracle
-- versions: [10.2,11.2]
-- The name an administrator types to confirm a fixup (V$DATABASE answers on a mounted instance too).
SELECT name FROM v$database
