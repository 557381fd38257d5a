-- id: hetero.ora.charset
-- engine: oracle
-- versions: [10.2,11.2]
SELECT value FROM nls_database_parameters WHERE parameter = 'NLS_CHARACTERSET'
