-- id: dataguard.oracle.clock
-- engine: oracle
-- versions: [10.2,)
-- The node's own clock, in the format V$DATAGUARD_STATS.TIME_COMPUTED uses; 10.2 has no DATUM_TIME, so the age of
-- its figures is this clock minus TIME_COMPUTED. DUAL answers on a mounted instance too.
SELECT TO_CHAR(SYSDATE, 'MM/DD/YYYY HH24:MI:SS') FROM dual
