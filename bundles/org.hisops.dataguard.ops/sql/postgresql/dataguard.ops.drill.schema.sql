-- id: dataguard.ops.drill.schema
-- engine: postgresql
-- versions: [12,)
-- The drill's own schema on the primary (replicated like any other): markers and the writer's numbered commits.
CREATE SCHEMA IF NOT EXISTS hisops_drill
