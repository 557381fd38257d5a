-- id: assessment.ora.instance
-- engine: oracle
-- versions: [10.2,11.2]
SELECT version FROM v$instance
