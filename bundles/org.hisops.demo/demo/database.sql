-- Run by the superuser in the new database "his" (owned by hisops) before the schema is created.
-- pg_monitor lets the demo account read every statistics view, as the DBA account of a hospital's HisOps would.
GRANT pg_monitor TO hisops;
-- The hospital's clock: every session of the demo database shows China Standard Time.
ALTER DATABASE his SET timezone TO 'Asia/Shanghai';
