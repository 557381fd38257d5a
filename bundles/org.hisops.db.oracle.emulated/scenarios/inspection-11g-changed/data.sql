-- inspection-11g-changed (emulated): one parameter changed since the previous inspection.
UPDATE v$parameter SET value = '1500', display_value = '1500' WHERE name = 'processes';
