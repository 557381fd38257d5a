-- 200,000 visits over 2024-01-01 .. 2025-12-31 (China Standard Time), in order of time: visit g falls on day
-- (g - 1) * 731 / 200000. 80 % outpatient (08:00-17:00), 8 % emergency (any hour), 12 % inpatient (admitted
-- 08:00-20:00, to a department with a ward, discharged 2-15 days later unless still in hospital on 2025-12-31).
-- 30 % of visits are by the first 20,000 patients, the chronically ill who come back often.

INSERT INTO visit (visit_id, visit_no, patient_id, visit_type, dept_code, dept_name, doctor_id, doctor_name,
                   diagnosis_code, diagnosis_name, bed_no, visit_time, discharge_time, status, fee_total)
SELECT v.g,
       CASE WHEN v.kind = '住院' THEN 'ZY' ELSE 'MZ' END || lpad(v.g::text, 8, '0'),
       'P' || (20250000 + v.patient_no),
       v.kind,
       d.dept_code,
       d.dept_name,
       doc.doctor_id,
       doc.doctor_name,
       dx.icd_code,
       dx.icd_name,
       CASE WHEN v.kind = '住院' THEN (1 + demo_gen.pick(v.g, 28, 40)) || '床' END,
       v.visit_time,
       CASE WHEN v.kind = '住院' AND v.discharge_time <= timestamptz '2025-12-31 23:59:59+08' THEN v.discharge_time END,
       CASE WHEN v.kind = '住院' THEN
                CASE WHEN v.discharge_time <= timestamptz '2025-12-31 23:59:59+08' THEN '已出院' ELSE '在院' END
            WHEN demo_gen.pick(v.g, 30, 100) < 2 THEN '已退号'
            ELSE '已就诊' END,
       CASE v.kind WHEN '门诊' THEN 20 + demo_gen.pick(v.g, 31, 58000) / 100.0
                   WHEN '急诊' THEN 50 + demo_gen.pick(v.g, 31, 145000) / 100.0
                   ELSE 3000 + demo_gen.pick(v.g, 31, 5700000) / 100.0 END
FROM (
    SELECT g, kind, dept_no, patient_no,
           demo_gen.at_minute(day_index * 1440 + minute_of_day) AS visit_time,
           demo_gen.at_minute(day_index * 1440 + minute_of_day + (2 + demo_gen.pick(g, 29, 14)) * 1440
                              + demo_gen.pick(g, 32, 240)) AS discharge_time
    FROM (
        SELECT g, kind, ((g - 1) * 731) / 200000 AS day_index,
               CASE kind WHEN '门诊' THEN 1 + demo_gen.pick(g, 22, 19)
                         WHEN '急诊' THEN 20
                         ELSE 1 + demo_gen.pick(g, 22, 15) END AS dept_no,
               CASE kind WHEN '门诊' THEN 480 + demo_gen.pick(g, 23, 540)
                         WHEN '急诊' THEN demo_gen.pick(g, 23, 1440)
                         ELSE 480 + demo_gen.pick(g, 23, 720) END AS minute_of_day,
               CASE WHEN demo_gen.pick(g, 24, 10) < 3 THEN 1 + demo_gen.pick(g, 25, 20000)
                    ELSE 1 + demo_gen.pick(g, 25, 100000) END AS patient_no
        FROM (
            SELECT g, CASE WHEN demo_gen.pick(g, 21, 100) < 80 THEN '门诊'
                           WHEN demo_gen.pick(g, 21, 100) < 88 THEN '急诊'
                           ELSE '住院' END AS kind
            FROM generate_series(1::bigint, 200000) AS g
        ) AS typed
    ) AS placed
) AS v
JOIN department d ON d.dept_no = v.dept_no
JOIN doctor doc ON doc.doctor_id = v.dept_no * 100 + 1 + demo_gen.pick(v.g, 26, 8)
JOIN diagnosis_dict dx ON dx.dept_no = v.dept_no AND dx.seq_in_dept = 1 + demo_gen.pick(v.g, 27, 3);
