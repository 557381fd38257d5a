-- The generator's helpers are not part of the hospital's schema; statistics make the planner's first plans good.
DROP SCHEMA demo_gen CASCADE;
ANALYZE department, doctor, diagnosis_dict, drug_dict, exam_dict, lis_test_item, patient, visit, orders,
        prescription, lis_sample, lis_test_result;
