-- id: inspection.pg.checkpoints
-- engine: postgresql
-- versions: [9.6,17)
SELECT checkpoints_timed timed, checkpoints_req requested FROM pg_stat_bgwriter
