-- 150,000 prescription lines, one per drug order (prescription k dispenses order 2k - 1). Quantities follow the
-- route: infusions and injections per administration, decoction pieces in grams, everything else in packs.
-- Orders that were cancelled or not yet executed have no dispensing time.

INSERT INTO prescription (presc_id, order_id, visit_id, patient_id, drug_code, drug_name, specification, dose,
                          dose_unit, frequency, route, days, quantity, pack_unit, unit_price, amount, prescribed_at,
                          dispensed_at, pharmacist)
SELECT (p.order_id + 1) / 2, p.order_id, p.visit_id, p.patient_id, p.drug_code, p.drug_name, p.specification, p.dose,
       p.dose_unit, p.frequency, p.route, p.days, p.quantity, p.pack_unit, p.unit_price,
       round(p.quantity * p.unit_price, 2),
       p.ordered_at,
       CASE WHEN p.dispensed THEN p.ordered_at + make_interval(mins => 20 + demo_gen.pick(p.order_id, 63, 70)) END,
       CASE WHEN p.dispensed THEN demo_gen.person_name(600000 + p.pharmacist_no, p.pharmacist_no % 2 = 0) END
FROM (
    SELECT q.*,
           CASE WHEN q.route = '静脉滴注' THEN q.per_day * q.days
                WHEN q.route = '皮下注射' AND q.dose_unit = '单位' THEN 1 + q.days / 10
                WHEN q.route = '皮下注射' THEN q.per_day * q.days
                WHEN q.route = '煎服' THEN q.dose * q.days
                WHEN q.order_class = '长期' THEN ceil(q.days / 7.0)
                ELSE 1 + demo_gen.pick(q.order_id, 62, 3) END AS quantity
    FROM (
        SELECT o.order_id, o.visit_id, o.patient_id, o.order_class, o.ordered_at,
               o.status IN ('已执行', '执行中', '已停止') AS dispensed,
               demo_gen.pick(o.order_id, 64, 6) AS pharmacist_no,
               d.drug_code, d.drug_name, d.specification, d.dose_unit, d.frequency, d.route, d.pack_unit, d.unit_price,
               d.dose * CASE WHEN demo_gen.pick(o.order_id, 60, 10) = 0 THEN 2 ELSE 1 END AS dose,
               CASE d.frequency WHEN 'bid' THEN 2 WHEN 'tid' THEN 3 ELSE 1 END AS per_day,
               CASE WHEN o.order_class = '长期' THEN 3 + demo_gen.pick(o.order_id, 61, 12)
                    WHEN d.route IN ('静脉滴注', '皮下注射') THEN 1 + demo_gen.pick(o.order_id, 61, 5)
                    ELSE 1 + demo_gen.pick(o.order_id, 61, 7) END AS days
        FROM orders o
        JOIN drug_dict d ON d.drug_code = o.item_code
        WHERE o.order_type = '药品'
    ) AS q
) AS p;
