-- 300,000 orders (医嘱), one or two per visit: order g belongs to visit 1 + (g - 1) * 2 / 3. Odd orders are drug
-- orders (150,000, one prescription each), orders g = 4k are laboratory orders and g = 4k + 2 examinations.
-- Drug orders of inpatients are standing orders (长期) 60 % of the time; standing orders run until discharge.

INSERT INTO orders (order_id, visit_id, patient_id, order_type, order_class, item_code, item_name, doctor_id, status,
                    ordered_at, checked_at, executed_at, stopped_at)
SELECT o.g, o.visit_id, o.patient_id, o.order_type, o.order_class, o.item_code, o.item_name, o.doctor_id, o.status,
       o.ordered_at,
       CASE WHEN o.status <> '新开' THEN o.ordered_at + make_interval(mins => 5 + demo_gen.pick(o.g, 56, 25)) END,
       CASE WHEN o.status IN ('已执行', '执行中', '已停止')
            THEN o.ordered_at + make_interval(mins => 40 + demo_gen.pick(o.g, 57, 120)) END,
       CASE WHEN o.status = '已停止' THEN o.discharge_time
            WHEN o.status = '已作废' THEN o.ordered_at + make_interval(mins => 10 + demo_gen.pick(o.g, 58, 50)) END
FROM (
    SELECT x.*,
           CASE WHEN x.order_class = '长期' THEN
                    CASE WHEN x.discharge_time IS NULL THEN '执行中' ELSE '已停止' END
                WHEN demo_gen.pick(x.g, 54, 100) < 3 THEN '已作废'
                WHEN demo_gen.pick(x.g, 54, 100) < 5 THEN '已审核'
                WHEN demo_gen.pick(x.g, 54, 100) < 6 THEN '新开'
                ELSE '已执行' END AS status,
           x.visit_time + make_interval(mins => CASE WHEN x.visit_type = '住院' THEN 30 + demo_gen.pick(x.g, 55, 2880)
                                                     ELSE 5 + demo_gen.pick(x.g, 55, 120) END) AS ordered_at
    FROM (
        SELECT t.g, t.order_type, vv.visit_id, vv.patient_id, vv.doctor_id, vv.visit_type, vv.visit_time,
               vv.discharge_time,
               CASE WHEN t.order_type = '药品' AND vv.visit_type = '住院' AND demo_gen.pick(t.g, 50, 100) < 60
                    THEN '长期' ELSE '临时' END AS order_class,
               coalesce(dr.drug_code, ex.exam_code, lab.code) AS item_code,
               coalesce(dr.drug_name, ex.exam_name, lab.name) AS item_name
        FROM (
            SELECT g, 1 + ((g - 1) * 2) / 3 AS visit_id,
                   CASE WHEN g % 2 = 1 THEN '药品' WHEN g % 4 = 0 THEN '检验' ELSE '检查' END AS order_type
            FROM generate_series(1::bigint, 300000) AS g
        ) AS t
        JOIN visit vv ON vv.visit_id = t.visit_id
        -- Chinese medicine is prescribed by the TCM department; the others choose among the first 26 drugs.
        LEFT JOIN drug_dict dr ON t.order_type = '药品'
             AND dr.drug_no = CASE WHEN vv.dept_code = 'ZY01' THEN 21 + demo_gen.pick(t.g, 51, 10)
                                   ELSE 1 + demo_gen.pick(t.g, 51, 26) END
        LEFT JOIN exam_dict ex ON t.order_type = '检查' AND ex.exam_no = 1 + demo_gen.pick(t.g, 52, 10)
        LEFT JOIN (VALUES (1, 'HY001', '血常规'), (2, 'HY002', '肝功能'), (3, 'HY003', '肾功能'),
                          (4, 'HY004', '血糖'), (5, 'HY005', '血脂'), (6, 'HY006', '电解质'), (7, 'HY007', '尿常规'))
                  AS lab (no, code, name)
               ON t.order_type = '检验' AND lab.no = 1 + demo_gen.pick(t.g, 53, 7)
    ) AS x
) AS o;
