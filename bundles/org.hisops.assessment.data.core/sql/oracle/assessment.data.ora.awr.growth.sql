-- id: assessment.data.ora.awr.growth
-- engine: oracle
-- versions: [10.2,11.2]
SELECT o.owner, o.object_name, MIN(n.begin_interval_time) first_time, MAX(n.end_interval_time) last_time,
       SUM(s.space_allocated_delta) delta
FROM dba_hist_seg_stat s
JOIN dba_hist_seg_stat_obj o
  ON o.dbid = s.dbid AND o.ts# = s.ts# AND o.obj# = s.obj# AND o.dataobj# = s.dataobj#
JOIN dba_hist_snapshot n
  ON n.dbid = s.dbid AND n.instance_number = s.instance_number AND n.snap_id = s.snap_id
WHERE o.object_type IN ('TABLE', 'TABLE PARTITION', 'TABLE SUBPARTITION')
GROUP BY o.owner, o.object_name
