-- id: inspection.pg.checkpoints
-- engine: postgresql
-- versions: [17,)
-- 17 moved the checkpoint counters from pg_stat_bgwriter to pg_stat_checkpointer.
SELECT num_timed timed, num_requested requested FROM pg_stat_checkpointer
