-- 400,000 results, four different items of the sample's panel per sample (items offset, offset + 1, ... of the
-- items for that specimen type). Values scatter around the middle of the reference range with a triangular
-- distribution; 15 % of results scatter twice as wide, so about 5 % are flagged H or L, as in a real laboratory.
-- Results of samples still in the laboratory are not audited yet; a few were corrected, as in seed 001.

INSERT INTO lis_test_result (result_id, sample_no, item_code, test_item, test_result, result_value, unit,
                             reference_range, abnormal_flag, test_time, instrument, operator, auditor, update_time,
                             remark)
SELECT r.result_id, r.sample_no, r.item_code, r.item_name,
       r.value::text, r.value, r.unit,
       trim_scale(r.ref_low)::text || '-' || trim_scale(r.ref_high)::text,
       CASE WHEN r.value > r.ref_high THEN 'H' WHEN r.value < r.ref_low THEN 'L' ELSE 'N' END,
       r.test_time,
       CASE r.specimen_type WHEN '血清' THEN 'Beckman AU5800' WHEN '全血' THEN 'Sysmex XN-1000' ELSE 'Sysmex UF-5000' END,
       demo_gen.person_name(900000 + demo_gen.pick(r.i, 72, 12), demo_gen.pick(r.i, 72, 12) % 2 = 0),
       CASE WHEN r.status = '已完成' THEN demo_gen.person_name(900100 + demo_gen.pick(r.i, 73, 4), false) END,
       CASE WHEN r.corrected THEN r.test_time + make_interval(mins => 30 + demo_gen.pick(r.result_id, 75, 90)) END,
       CASE WHEN r.corrected THEN '修正原始误差'
            WHEN r.status = '无效' THEN '标本不合格（溶血），结果仅供参考' END
FROM (
    SELECT x.*,
           round(greatest(0, (x.ref_low + x.ref_high) / 2
                 + (x.ref_high - x.ref_low) / 2 * x.spread * (x.u1 + x.u2 - 1)), x.decimals) AS value
    FROM (
        SELECT (s.i - 1) * 4 + j + 1 AS result_id, s.i, s.sample_no, s.status, t.item_code, t.item_name, t.unit,
               t.ref_low, t.ref_high, t.decimals, t.specimen_type,
               s.receive_time + make_interval(mins => 20 + demo_gen.pick(s.i, 74, 100)) AS test_time,
               demo_gen.pick((s.i - 1) * 4 + j, 76, 1000) / 1000.0 AS u1,
               demo_gen.pick((s.i - 1) * 4 + j, 77, 1000) / 1000.0 AS u2,
               CASE WHEN demo_gen.pick((s.i - 1) * 4 + j, 78, 100) < 15 THEN 2.2 ELSE 1.1 END AS spread,
               demo_gen.pick((s.i - 1) * 4 + j, 79, 1000) < 3 AS corrected
        FROM (
            SELECT (ls.visit_id + 1) / 2 AS i, ls.sample_no, ls.sample_type, ls.status, ls.receive_time, n.items,
                   demo_gen.pick((ls.visit_id + 1) / 2, 71, n.items::integer) AS first_item
            FROM lis_sample ls
            JOIN (SELECT specimen_type, count(*) AS items FROM lis_test_item GROUP BY specimen_type) AS n
              ON n.specimen_type = ls.sample_type
        ) AS s
        CROSS JOIN generate_series(0, 3) AS j
        JOIN lis_test_item t ON t.specimen_type = s.sample_type AND t.seq_in_panel = (s.first_item + j) % s.items
    ) AS x
) AS r;
