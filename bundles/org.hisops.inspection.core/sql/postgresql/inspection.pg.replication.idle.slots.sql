-- id: inspection.pg.replication.idle.slots
-- engine: postgresql
-- versions: [12,)
-- Physical slots no WAL sender uses: seen from the primary, their standby is stopped or cut off.
SELECT slot_name
FROM pg_replication_slots
WHERE slot_type = 'physical' AND NOT active
ORDER BY slot_name
