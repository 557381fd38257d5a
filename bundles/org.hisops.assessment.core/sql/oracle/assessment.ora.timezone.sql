-- id: assessment.ora.timezone
-- engine: oracle
-- versions: [10.2,11.2]
SELECT filename, version FROM v$timezone_file
