-- id: inspection.ora.recovery.area
-- engine: oracle
-- versions: [10.2,11.2]
SELECT name, space_limit, space_used, space_reclaimable, number_of_files FROM v$recovery_file_dest
