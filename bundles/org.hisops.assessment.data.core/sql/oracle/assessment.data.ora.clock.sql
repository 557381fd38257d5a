-- id: assessment.data.ora.clock
-- engine: oracle
-- versions: [10.2,11.2]
SELECT SYSDATE FROM dual
