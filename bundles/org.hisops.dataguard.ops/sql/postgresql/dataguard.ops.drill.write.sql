-- id: dataguard.ops.drill.write
-- engine: postgresql
-- versions: [12,)
-- One numbered commit (auto-commit): acknowledged means committed on the primary (and, when synchronous, flushed
-- on the standby).
INSERT INTO hisops_drill.commit_log (drill_id, seq) VALUES (?, ?) RETURNING seq
