-- 100,000 laboratory samples, one for every odd visit (sample i is taken at visit 2i - 1), as in seed 001's LIS:
-- barcode S + day + number of the day (S202510230001 exists), 50 % serum, 30 % whole blood, 20 % urine.
-- Samples of the last day are still in the laboratory; 1 % of all samples were rejected (无效).

INSERT INTO lis_sample (sample_no, visit_id, patient_id, patient_name, gender, age, dept_name, bed_no, sample_type,
                        test_purpose, collect_time, receive_time, complete_time, status, collector)
SELECT 'S' || to_char(s.collect_day, 'YYYYMMDD')
           || lpad((row_number() OVER (PARTITION BY s.collect_day ORDER BY s.i))::text, 4, '0'),
       s.visit_id, s.patient_id, s.patient_name, s.gender,
       extract(year FROM age(s.collect_day, s.birth_date))::integer,
       s.dept_name, s.bed_no, s.sample_type,
       CASE s.sample_type WHEN '血清' THEN '生化全套' WHEN '全血' THEN '血常规' ELSE '尿常规' END,
       s.collect_time,
       s.receive_time,
       CASE WHEN s.status = '已完成' THEN s.receive_time + make_interval(mins => 40 + demo_gen.pick(s.i, 67, 140)) END,
       s.status,
       demo_gen.person_name(800000 + s.collector_no, false)
FROM (
    SELECT c.*, demo_gen.day_of(c.collect_time) AS collect_day,
           CASE WHEN demo_gen.pick(c.i, 66, 100) = 0 THEN '无效'
                WHEN demo_gen.day_of(c.collect_time) >= date '2025-12-31' THEN '检验中'
                ELSE '已完成' END AS status,
           c.collect_time + make_interval(mins => 10 + demo_gen.pick(c.i, 65, 30)) AS receive_time
    FROM (
        SELECT i, v.visit_id, v.patient_id, p.patient_name, p.gender, p.birth_date, v.dept_name, v.bed_no,
               CASE WHEN demo_gen.pick(i, 61, 10) < 5 THEN '血清'
                    WHEN demo_gen.pick(i, 61, 10) < 8 THEN '全血'
                    ELSE '尿液' END AS sample_type,
               v.visit_time + make_interval(mins => 10 + demo_gen.pick(i, 63, 50)) AS collect_time,
               demo_gen.pick(i, 64, 20) AS collector_no
        FROM generate_series(1::bigint, 100000) AS i
        JOIN visit v ON v.visit_id = 2 * i - 1
        JOIN patient p ON p.patient_id = v.patient_id
    ) AS c
) AS s;
