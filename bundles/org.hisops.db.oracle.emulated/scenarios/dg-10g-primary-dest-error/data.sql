-- dg-10g-primary-dest-error (emulated): what differs from dg-10g-primary.

UPDATE v$archive_dest SET status = 'ERROR', error = 'ORA-12541: TNS:no listener' WHERE dest_id = 2;
UPDATE v$archive_dest_status SET status = 'ERROR', error = 'ORA-12541: TNS:no listener' WHERE dest_id = 2;
UPDATE v$managed_standby SET status = 'CLOSING' WHERE process = 'LNS';
