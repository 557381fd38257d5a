-- id: migration.repair.target
-- engine: oracle
-- versions: [10.2,)
-- The repair's preflight on the target: the name the administrator types to confirm, the role (anything but
-- PRIMARY is a standby) and the open mode (anything but READ WRITE cannot take the repair).
SELECT name, database_role, open_mode FROM v$database
