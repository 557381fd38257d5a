-- id: dataguard.oracle.gap
-- engine: oracle
-- versions: [10.2,)
-- Archive gaps the standby knows of (a standby view): logs it is missing and has not been able to fetch.
SELECT thread#, low_sequence#, high_sequence# FROM v$archive_gap
