-- id: assessment.perf.ora.instance
-- engine: oracle
-- versions: [10.2,11.2]
SELECT startup_time, SYSDATE now FROM v$instance
