-- id: migration.source.parameters
-- engine: oracle
-- versions: [10.2,11.2]
SELECT name, value, isdefault FROM v$parameter WHERE isdefault = 'FALSE' OR name IN ('cpu_count', 'compatible', 'db_name') ORDER BY name
