-- id: copy.oracle.scn
-- engine: oracle
-- versions: [10.2,)
-- The SCN every table of a copy is read as of (SELECT ... AS OF SCN), so all tables show one moment.
SELECT current_scn FROM v$database
