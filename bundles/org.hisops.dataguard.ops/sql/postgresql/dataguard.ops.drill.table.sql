-- id: dataguard.ops.drill.table
-- engine: postgresql
-- versions: [12,)
-- seq 0 is the marker written before the failure, 1.. the writer's commits, -1 the first write on the new primary.
CREATE TABLE IF NOT EXISTS hisops_drill.commit_log (
    drill_id text NOT NULL,
    seq bigint NOT NULL,
    committed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (drill_id, seq))
