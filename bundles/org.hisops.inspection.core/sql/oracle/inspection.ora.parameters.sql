-- id: inspection.ora.parameters
-- engine: oracle
-- versions: [10.2,11.2]
-- Every initialization parameter's value in force, kept with the inspection run and compared with the previous run of
-- the same site, list and endpoint.
SELECT name, value, isdefault
FROM v$parameter
ORDER BY name
