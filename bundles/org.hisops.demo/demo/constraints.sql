-- Keys, foreign keys and indexes of the loaded tables, as a hospital's HIS and LIS have them.

ALTER TABLE patient ADD PRIMARY KEY (patient_id);
ALTER TABLE visit ADD PRIMARY KEY (visit_id);
ALTER TABLE orders ADD PRIMARY KEY (order_id);
ALTER TABLE prescription ADD PRIMARY KEY (presc_id);
ALTER TABLE lis_sample ADD PRIMARY KEY (sample_no);
ALTER TABLE lis_test_result ADD PRIMARY KEY (result_id);

ALTER TABLE visit ADD CONSTRAINT visit_no_key UNIQUE (visit_no);
ALTER TABLE prescription ADD CONSTRAINT prescription_order_key UNIQUE (order_id);

ALTER TABLE visit ADD CONSTRAINT visit_patient_fk FOREIGN KEY (patient_id) REFERENCES patient;
ALTER TABLE visit ADD CONSTRAINT visit_dept_fk FOREIGN KEY (dept_code) REFERENCES department;
ALTER TABLE visit ADD CONSTRAINT visit_doctor_fk FOREIGN KEY (doctor_id) REFERENCES doctor;
ALTER TABLE orders ADD CONSTRAINT orders_visit_fk FOREIGN KEY (visit_id) REFERENCES visit;
ALTER TABLE prescription ADD CONSTRAINT prescription_order_fk FOREIGN KEY (order_id) REFERENCES orders;
ALTER TABLE prescription ADD CONSTRAINT prescription_drug_fk FOREIGN KEY (drug_code) REFERENCES drug_dict;
ALTER TABLE lis_sample ADD CONSTRAINT lis_sample_visit_fk FOREIGN KEY (visit_id) REFERENCES visit;
ALTER TABLE lis_test_result ADD CONSTRAINT lis_test_result_sample_fk FOREIGN KEY (sample_no) REFERENCES lis_sample;
ALTER TABLE lis_test_result ADD CONSTRAINT lis_test_result_item_fk FOREIGN KEY (item_code) REFERENCES lis_test_item;

CREATE INDEX patient_name_idx ON patient (patient_name);
CREATE INDEX patient_id_card_idx ON patient (id_card_no);
CREATE INDEX visit_patient_idx ON visit (patient_id, visit_time);
CREATE INDEX visit_dept_time_idx ON visit (dept_code, visit_time);
CREATE INDEX orders_visit_idx ON orders (visit_id);
CREATE INDEX orders_patient_time_idx ON orders (patient_id, ordered_at);
CREATE INDEX prescription_visit_idx ON prescription (visit_id);
CREATE INDEX prescription_drug_time_idx ON prescription (drug_code, prescribed_at);
-- The access paths of seed 001's statements: a patient's samples by time, a department's samples of the day.
CREATE INDEX lis_sample_patient_idx ON lis_sample (patient_id, collect_time);
CREATE INDEX lis_sample_dept_time_idx ON lis_sample (dept_name, collect_time);
CREATE INDEX lis_test_result_sample_idx ON lis_test_result (sample_no, item_code);
CREATE INDEX lis_test_result_time_idx ON lis_test_result (test_time);
