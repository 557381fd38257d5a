-- id: dataguard.ops.drill.found
-- engine: postgresql
-- versions: [12,)
-- The drill's rows the new primary has.
SELECT seq FROM hisops_drill.commit_log WHERE drill_id = ?
