-- id: dataguard.oracle.received
-- engine: oracle
-- versions: [10.2,)
-- On the standby: per thread, the highest log sequence received and the highest applied (APPLIED = 'YES').
SELECT thread#, MAX(sequence#), MAX(CASE WHEN applied = 'YES' THEN sequence# END)
  FROM v$archived_log
 GROUP BY thread#
