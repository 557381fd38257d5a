-- id: hetero.ora.source
-- engine: oracle
-- versions: [10.2,11.2]
-- Package specifications and bodies, procedures, functions, triggers and type bodies, line by line.
SELECT name, type, line, text
FROM dba_source
WHERE owner = ?
ORDER BY name, type, line
