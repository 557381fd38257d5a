-- id: assessment.ora.parameters
-- engine: oracle
-- versions: [10.2,11.2]
SELECT name, value, isdefault FROM v$parameter ORDER BY name
