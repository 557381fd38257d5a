-- id: migration.source.banner
-- engine: oracle
-- versions: [10.2,11.2]
SELECT banner FROM v$version WHERE banner LIKE 'Oracle%'
