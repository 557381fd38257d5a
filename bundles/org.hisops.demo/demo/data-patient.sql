-- 100,000 patients. Patient n is P(20250000 + n), so P20250001 of seed 001's sample statements exists.
-- The identity card number is region + birth date + sequence (odd for men) + GB 11643 check character; the
-- region is also the first part of the address. Numbers may repeat, as they do in real HIS data.

INSERT INTO patient (patient_id, patient_name, gender, birth_date, id_card_no, insurance_type, phone, address,
                     registered_at)
SELECT 'P' || (20250000 + g),
       demo_gen.person_name(g, male),
       CASE WHEN male THEN '男' ELSE '女' END,
       birth,
       id17 || demo_gen.id_check(id17),
       CASE WHEN ins < 35 THEN '城镇职工基本医疗保险'
            WHEN ins < 80 THEN '城乡居民基本医疗保险'
            WHEN ins < 92 THEN '自费'
            WHEN ins < 95 THEN '公费医疗'
            WHEN ins < 98 THEN '商业医疗保险'
            ELSE '异地就医医保' END,
       '1' || demo_gen.choose(g, 9, ARRAY['30','31','32','33','35','36','37','38','39','50','51','52','53','55',
                                          '56','57','58','59','77','80','81','82','83','84','85','86','87','88','89'])
           || lpad(demo_gen.pick(g, 10, 100000000)::text, 8, '0'),
       (ARRAY['浙江省杭州市上城区', '浙江省杭州市西湖区', '浙江省杭州市拱墅区', '浙江省杭州市滨江区',
              '浙江省绍兴市越城区', '浙江省杭州市富阳区', '甘肃省酒泉市肃州区', '甘肃省酒泉市金塔县',
              '四川省成都市锦江区', '四川省成都市武侯区'])[1 + region]
           || demo_gen.choose(g, 11, ARRAY['解放路','人民路','中山路','建设路','延安路','文化路','和平路','胜利路',
                                           '学院路','体育场路','湖滨路','迎宾路'])
           || (1 + demo_gen.pick(g, 12, 300)) || '号',
       -- Registered between 2010 (or birth, if later) and the end of 2023, before any visit of the demo.
       timestamptz '2010-01-01 00:00:00+08' + make_interval(mins => (first_day - date '2010-01-01') * 1440
           + demo_gen.pick(g, 13, (date '2023-12-31' - first_day) * 1440))
FROM (
    SELECT g, male, birth, ins, region, greatest(birth, date '2010-01-01') AS first_day,
           (ARRAY['330102', '330106', '330105', '330108', '330602', '330111', '620902', '620921', '510104',
                  '510107'])[1 + region]
           || to_char(birth, 'YYYYMMDD')
           || lpad((demo_gen.pick(g, 7, 500) * 2 + CASE WHEN male THEN 1 ELSE 0 END)::text, 3, '0') AS id17
    FROM (
        SELECT g,
               demo_gen.pick(g, 1, 2) = 0 AS male,
               date '1930-01-01' + demo_gen.pick(g, 5, 32870) AS birth,
               demo_gen.pick(g, 8, 100) AS ins,
               demo_gen.pick(g, 6, 10) AS region
        FROM generate_series(1, 100000) AS g
    ) AS base
) AS p;
