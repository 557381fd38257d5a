-- id: db.probe.banner
-- engine: oracle
-- versions: [10.2,)
-- V$VERSION is a fixed view: readable in MOUNT state too (a standby connected as SYSDBA).
SELECT banner FROM v$version WHERE banner LIKE 'Oracle%'
