-- id: dataguard.oracle.stats
-- engine: oracle
-- versions: [11.2,)
-- The standby's Data Guard metrics (empty on a primary). DATUM_TIME is when the standby last received the datum
-- the lag was computed from: TIME_COMPUTED minus DATUM_TIME is how stale the lag figures are.
SELECT name, value, unit, time_computed, datum_time FROM v$dataguard_stats
