-- id: migration.datapump.directory
-- engine: oracle
-- versions: [10.2,11.2]
SELECT directory_name, directory_path FROM dba_directories WHERE directory_name = ?
