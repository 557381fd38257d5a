-- id: dataguard.oracle.stats
-- engine: oracle
-- versions: [10.2,11.2)
-- 10.2 has no DATUM_TIME: staleness is the standby's clock (dataguard.oracle.clock) minus TIME_COMPUTED, and the
-- sequence comparison per thread backs the figures up.
SELECT name, value, unit, time_computed FROM v$dataguard_stats
