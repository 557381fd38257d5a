-- id: hetero.ora.types
-- engine: oracle
-- versions: [10.2,11.2]
SELECT type_name, typecode, attributes, methods
FROM dba_types
WHERE owner = ?
ORDER BY type_name
