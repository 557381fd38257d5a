-- id: inspection.ora.archive.dest
-- engine: oracle
-- versions: [10.2,11.2]
-- Destinations in use; 10.2 has no DESTINATION or ERROR column in the catalogue, so the status alone is read.
SELECT dest_id, dest_name, status, target FROM v$archive_dest WHERE status <> 'INACTIVE' ORDER BY dest_id
