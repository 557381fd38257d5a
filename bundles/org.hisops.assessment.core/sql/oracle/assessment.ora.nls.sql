-- id: assessment.ora.nls
-- engine: oracle
-- versions: [10.2,11.2]
SELECT parameter, value FROM nls_database_parameters ORDER BY parameter
