-- Demo Hospital (演示医院): the HIS/LIS tables of the demo database "his", owned by hisops.
-- Keys, foreign keys and indexes of the large tables come in constraints.sql, after the data is loaded:
-- building them once over loaded tables is much faster than maintaining them row by row.

CREATE TABLE department (
    dept_code    varchar(10)  PRIMARY KEY,
    dept_no      integer      NOT NULL UNIQUE,
    dept_name    varchar(40)  NOT NULL,
    category     varchar(10)  NOT NULL,
    has_ward     boolean      NOT NULL,
    location     varchar(40)  NOT NULL
);
COMMENT ON TABLE department IS '科室字典';
COMMENT ON COLUMN department.dept_code IS '科室编码';
COMMENT ON COLUMN department.dept_no IS '科室序号（1 起）';
COMMENT ON COLUMN department.dept_name IS '科室名称';
COMMENT ON COLUMN department.category IS '科室类别：内科、外科、妇儿、五官、医技、急诊等';
COMMENT ON COLUMN department.has_ward IS '是否设病区（可收治住院患者）';
COMMENT ON COLUMN department.location IS '所在楼宇及楼层';

CREATE TABLE doctor (
    doctor_id    integer      PRIMARY KEY,
    doctor_name  varchar(20)  NOT NULL,
    gender       varchar(2)   NOT NULL,
    title        varchar(10)  NOT NULL,
    dept_code    varchar(10)  NOT NULL REFERENCES department
);
COMMENT ON TABLE doctor IS '医生字典';
COMMENT ON COLUMN doctor.doctor_id IS '医生工号';
COMMENT ON COLUMN doctor.doctor_name IS '医生姓名';
COMMENT ON COLUMN doctor.gender IS '性别';
COMMENT ON COLUMN doctor.title IS '职称：主任医师、副主任医师、主治医师、住院医师';
COMMENT ON COLUMN doctor.dept_code IS '所属科室编码';

CREATE TABLE diagnosis_dict (
    icd_code     varchar(10)  PRIMARY KEY,
    icd_name     varchar(60)  NOT NULL,
    dept_no      integer      NOT NULL,
    seq_in_dept  integer      NOT NULL,
    UNIQUE (dept_no, seq_in_dept)
);
COMMENT ON TABLE diagnosis_dict IS '诊断字典（ICD-10）';
COMMENT ON COLUMN diagnosis_dict.icd_code IS 'ICD-10 编码';
COMMENT ON COLUMN diagnosis_dict.icd_name IS '诊断名称';
COMMENT ON COLUMN diagnosis_dict.dept_no IS '常见于该科室（科室序号）';
COMMENT ON COLUMN diagnosis_dict.seq_in_dept IS '科室内序号';

CREATE TABLE drug_dict (
    drug_code     varchar(12)    PRIMARY KEY,
    drug_no       integer        NOT NULL UNIQUE,
    drug_name     varchar(60)    NOT NULL,
    specification varchar(40)    NOT NULL,
    drug_class    varchar(10)    NOT NULL,
    dose          numeric(10,2)  NOT NULL,
    dose_unit     varchar(10)    NOT NULL,
    pack_unit     varchar(10)    NOT NULL,
    frequency     varchar(10)    NOT NULL,
    route         varchar(10)    NOT NULL,
    unit_price    numeric(12,2)  NOT NULL
);
COMMENT ON TABLE drug_dict IS '药品字典';
COMMENT ON COLUMN drug_dict.drug_code IS '药品编码';
COMMENT ON COLUMN drug_dict.drug_no IS '药品序号（1 起）';
COMMENT ON COLUMN drug_dict.drug_name IS '药品名称';
COMMENT ON COLUMN drug_dict.specification IS '规格';
COMMENT ON COLUMN drug_dict.drug_class IS '药品类别：西药、中成药、中草药';
COMMENT ON COLUMN drug_dict.dose IS '常用单次剂量';
COMMENT ON COLUMN drug_dict.dose_unit IS '剂量单位';
COMMENT ON COLUMN drug_dict.pack_unit IS '包装（发药）单位';
COMMENT ON COLUMN drug_dict.frequency IS '常用频次：qd 每日一次、bid 每日两次、tid 每日三次';
COMMENT ON COLUMN drug_dict.route IS '给药途径';
COMMENT ON COLUMN drug_dict.unit_price IS '零售单价（元/包装单位）';

CREATE TABLE exam_dict (
    exam_code    varchar(12)    PRIMARY KEY,
    exam_no      integer        NOT NULL UNIQUE,
    exam_name    varchar(40)    NOT NULL,
    exam_class   varchar(10)    NOT NULL,
    unit_price   numeric(12,2)  NOT NULL
);
COMMENT ON TABLE exam_dict IS '检查项目字典';
COMMENT ON COLUMN exam_dict.exam_code IS '检查项目编码';
COMMENT ON COLUMN exam_dict.exam_no IS '检查项目序号（1 起）';
COMMENT ON COLUMN exam_dict.exam_name IS '检查项目名称';
COMMENT ON COLUMN exam_dict.exam_class IS '检查类别：放射、超声、心电、内镜';
COMMENT ON COLUMN exam_dict.unit_price IS '单价（元）';

CREATE TABLE lis_test_item (
    item_code      varchar(12)    PRIMARY KEY,
    item_name      varchar(40)    NOT NULL,
    specimen_type  varchar(10)    NOT NULL,
    seq_in_panel   integer        NOT NULL,
    panel_name     varchar(20)    NOT NULL,
    unit           varchar(20)    NOT NULL,
    ref_low        numeric(12,3)  NOT NULL,
    ref_high       numeric(12,3)  NOT NULL,
    decimals       integer        NOT NULL,
    UNIQUE (specimen_type, seq_in_panel)
);
COMMENT ON TABLE lis_test_item IS 'LIS 检验项目字典';
COMMENT ON COLUMN lis_test_item.item_code IS '检验项目编码';
COMMENT ON COLUMN lis_test_item.item_name IS '检验项目名称';
COMMENT ON COLUMN lis_test_item.specimen_type IS '标本类型：血清、全血、尿液';
COMMENT ON COLUMN lis_test_item.seq_in_panel IS '同类标本项目内序号（0 起）';
COMMENT ON COLUMN lis_test_item.panel_name IS '所属检验组合';
COMMENT ON COLUMN lis_test_item.unit IS '结果单位';
COMMENT ON COLUMN lis_test_item.ref_low IS '参考范围下限';
COMMENT ON COLUMN lis_test_item.ref_high IS '参考范围上限';
COMMENT ON COLUMN lis_test_item.decimals IS '结果保留小数位数';

CREATE TABLE patient (
    patient_id      varchar(20)   NOT NULL,
    patient_name    varchar(20)   NOT NULL,
    gender          varchar(2)    NOT NULL,
    birth_date      date          NOT NULL,
    id_card_no      varchar(18)   NOT NULL,
    insurance_type  varchar(20)   NOT NULL,
    phone           varchar(11)   NOT NULL,
    address         varchar(100)  NOT NULL,
    registered_at   timestamptz   NOT NULL
);
COMMENT ON TABLE patient IS '患者基本信息（病案首页主索引）';
COMMENT ON COLUMN patient.patient_id IS '患者 ID（病历号）';
COMMENT ON COLUMN patient.patient_name IS '姓名';
COMMENT ON COLUMN patient.gender IS '性别：男、女';
COMMENT ON COLUMN patient.birth_date IS '出生日期';
COMMENT ON COLUMN patient.id_card_no IS '居民身份证号（18 位，末位为 GB 11643 校验码；演示数据，非真实号码）';
COMMENT ON COLUMN patient.insurance_type IS '医保类型：城镇职工基本医疗保险、城乡居民基本医疗保险、自费等';
COMMENT ON COLUMN patient.phone IS '联系电话（演示数据）';
COMMENT ON COLUMN patient.address IS '现住址';
COMMENT ON COLUMN patient.registered_at IS '建档时间';

CREATE TABLE visit (
    visit_id        bigint         NOT NULL,
    visit_no        varchar(20)    NOT NULL,
    patient_id      varchar(20)    NOT NULL,
    visit_type      varchar(4)     NOT NULL,
    dept_code       varchar(10)    NOT NULL,
    dept_name       varchar(40)    NOT NULL,
    doctor_id       integer        NOT NULL,
    doctor_name     varchar(20)    NOT NULL,
    diagnosis_code  varchar(10)    NOT NULL,
    diagnosis_name  varchar(60)    NOT NULL,
    bed_no          varchar(10),
    visit_time      timestamptz    NOT NULL,
    discharge_time  timestamptz,
    status          varchar(10)    NOT NULL,
    fee_total       numeric(12,2)  NOT NULL
);
COMMENT ON TABLE visit IS '就诊记录（门诊、急诊挂号及住院登记）';
COMMENT ON COLUMN visit.visit_id IS '就诊 ID';
COMMENT ON COLUMN visit.visit_no IS '门诊号（MZ）或住院号（ZY）';
COMMENT ON COLUMN visit.patient_id IS '患者 ID';
COMMENT ON COLUMN visit.visit_type IS '就诊类型：门诊、急诊、住院';
COMMENT ON COLUMN visit.dept_code IS '就诊科室编码';
COMMENT ON COLUMN visit.dept_name IS '就诊科室名称';
COMMENT ON COLUMN visit.doctor_id IS '接诊（主管）医生工号';
COMMENT ON COLUMN visit.doctor_name IS '接诊（主管）医生姓名';
COMMENT ON COLUMN visit.diagnosis_code IS '主要诊断 ICD-10 编码';
COMMENT ON COLUMN visit.diagnosis_name IS '主要诊断名称';
COMMENT ON COLUMN visit.bed_no IS '床号（住院）';
COMMENT ON COLUMN visit.visit_time IS '挂号或入院时间';
COMMENT ON COLUMN visit.discharge_time IS '出院时间（住院，在院为空）';
COMMENT ON COLUMN visit.status IS '状态：已就诊、已退号、在院、已出院';
COMMENT ON COLUMN visit.fee_total IS '费用合计（元）';

CREATE TABLE orders (
    order_id      bigint       NOT NULL,
    visit_id      bigint       NOT NULL,
    patient_id    varchar(20)  NOT NULL,
    order_type    varchar(4)   NOT NULL,
    order_class   varchar(4)   NOT NULL,
    item_code     varchar(12)  NOT NULL,
    item_name     varchar(60)  NOT NULL,
    doctor_id     integer      NOT NULL,
    status        varchar(10)  NOT NULL,
    ordered_at    timestamptz  NOT NULL,
    checked_at    timestamptz,
    executed_at   timestamptz,
    stopped_at    timestamptz
);
COMMENT ON TABLE orders IS '医嘱（药品、检查、检验）';
COMMENT ON COLUMN orders.order_id IS '医嘱 ID';
COMMENT ON COLUMN orders.visit_id IS '就诊 ID';
COMMENT ON COLUMN orders.patient_id IS '患者 ID';
COMMENT ON COLUMN orders.order_type IS '医嘱类型：药品、检查、检验';
COMMENT ON COLUMN orders.order_class IS '医嘱类别：长期、临时';
COMMENT ON COLUMN orders.item_code IS '医嘱项目编码（药品、检查项目或检验组合编码）';
COMMENT ON COLUMN orders.item_name IS '医嘱项目名称';
COMMENT ON COLUMN orders.doctor_id IS '开立医生工号';
COMMENT ON COLUMN orders.status IS '医嘱状态：新开、已审核、执行中、已执行、已停止、已作废';
COMMENT ON COLUMN orders.ordered_at IS '开立时间';
COMMENT ON COLUMN orders.checked_at IS '护士审核时间';
COMMENT ON COLUMN orders.executed_at IS '执行时间';
COMMENT ON COLUMN orders.stopped_at IS '停止或作废时间';

CREATE TABLE prescription (
    presc_id      bigint         NOT NULL,
    order_id      bigint         NOT NULL,
    visit_id      bigint         NOT NULL,
    patient_id    varchar(20)    NOT NULL,
    drug_code     varchar(12)    NOT NULL,
    drug_name     varchar(60)    NOT NULL,
    specification varchar(40)    NOT NULL,
    dose          numeric(10,2)  NOT NULL,
    dose_unit     varchar(10)    NOT NULL,
    frequency     varchar(10)    NOT NULL,
    route         varchar(10)    NOT NULL,
    days          integer        NOT NULL,
    quantity      numeric(10,2)  NOT NULL,
    pack_unit     varchar(10)    NOT NULL,
    unit_price    numeric(12,2)  NOT NULL,
    amount        numeric(12,2)  NOT NULL,
    prescribed_at timestamptz    NOT NULL,
    dispensed_at  timestamptz,
    pharmacist    varchar(20)
);
COMMENT ON TABLE prescription IS '处方明细（药品医嘱的发药记录）';
COMMENT ON COLUMN prescription.presc_id IS '处方明细 ID';
COMMENT ON COLUMN prescription.order_id IS '对应药品医嘱 ID';
COMMENT ON COLUMN prescription.visit_id IS '就诊 ID';
COMMENT ON COLUMN prescription.patient_id IS '患者 ID';
COMMENT ON COLUMN prescription.drug_code IS '药品编码';
COMMENT ON COLUMN prescription.drug_name IS '药品名称';
COMMENT ON COLUMN prescription.specification IS '规格';
COMMENT ON COLUMN prescription.dose IS '单次剂量';
COMMENT ON COLUMN prescription.dose_unit IS '剂量单位';
COMMENT ON COLUMN prescription.frequency IS '频次';
COMMENT ON COLUMN prescription.route IS '给药途径';
COMMENT ON COLUMN prescription.days IS '用药天数';
COMMENT ON COLUMN prescription.quantity IS '发药数量（包装单位）';
COMMENT ON COLUMN prescription.pack_unit IS '包装单位';
COMMENT ON COLUMN prescription.unit_price IS '单价（元）';
COMMENT ON COLUMN prescription.amount IS '金额（元）= 数量 × 单价';
COMMENT ON COLUMN prescription.prescribed_at IS '开方时间';
COMMENT ON COLUMN prescription.dispensed_at IS '发药时间（未发药为空）';
COMMENT ON COLUMN prescription.pharmacist IS '发药药师';

-- The LIS tables keep the columns of the sample SQL in seed 001, so those statements run here as written.
CREATE TABLE lis_sample (
    sample_no      varchar(20)  NOT NULL,
    visit_id       bigint       NOT NULL,
    patient_id     varchar(20)  NOT NULL,
    patient_name   varchar(20)  NOT NULL,
    gender         varchar(2)   NOT NULL,
    age            integer      NOT NULL,
    dept_name      varchar(40)  NOT NULL,
    bed_no         varchar(10),
    sample_type    varchar(10)  NOT NULL,
    test_purpose   varchar(20)  NOT NULL,
    collect_time   timestamptz  NOT NULL,
    receive_time   timestamptz,
    complete_time  timestamptz,
    status         varchar(10)  NOT NULL,
    collector      varchar(20)  NOT NULL
);
COMMENT ON TABLE lis_sample IS 'LIS 检验标本';
COMMENT ON COLUMN lis_sample.sample_no IS '标本条码号：S + 采样日期 + 当日序号';
COMMENT ON COLUMN lis_sample.visit_id IS '就诊 ID';
COMMENT ON COLUMN lis_sample.patient_id IS '患者 ID';
COMMENT ON COLUMN lis_sample.patient_name IS '患者姓名';
COMMENT ON COLUMN lis_sample.gender IS '性别';
COMMENT ON COLUMN lis_sample.age IS '采样时年龄（岁）';
COMMENT ON COLUMN lis_sample.dept_name IS '申请科室';
COMMENT ON COLUMN lis_sample.bed_no IS '床号（住院）';
COMMENT ON COLUMN lis_sample.sample_type IS '标本类型：血清、全血、尿液';
COMMENT ON COLUMN lis_sample.test_purpose IS '检验目的（检验组合）';
COMMENT ON COLUMN lis_sample.collect_time IS '采样时间';
COMMENT ON COLUMN lis_sample.receive_time IS '检验科签收时间';
COMMENT ON COLUMN lis_sample.complete_time IS '报告完成时间';
COMMENT ON COLUMN lis_sample.status IS '标本状态：待检验、检验中、已完成、无效';
COMMENT ON COLUMN lis_sample.collector IS '采样护士';

CREATE TABLE lis_test_result (
    result_id        bigint         NOT NULL,
    sample_no        varchar(20)    NOT NULL,
    item_code        varchar(12)    NOT NULL,
    test_item        varchar(40)    NOT NULL,
    test_result      varchar(100)   NOT NULL,
    result_value     numeric(12,3)  NOT NULL,
    unit             varchar(20)    NOT NULL,
    reference_range  varchar(40)    NOT NULL,
    abnormal_flag    char(1)        NOT NULL,
    test_time        timestamptz    NOT NULL,
    instrument       varchar(30)    NOT NULL,
    operator         varchar(20)    NOT NULL,
    auditor          varchar(20),
    update_time      timestamptz,
    remark           varchar(200)
);
COMMENT ON TABLE lis_test_result IS 'LIS 检验结果';
COMMENT ON COLUMN lis_test_result.result_id IS '结果 ID';
COMMENT ON COLUMN lis_test_result.sample_no IS '标本条码号';
COMMENT ON COLUMN lis_test_result.item_code IS '检验项目编码';
COMMENT ON COLUMN lis_test_result.test_item IS '检验项目名称';
COMMENT ON COLUMN lis_test_result.test_result IS '结果（报告文本）';
COMMENT ON COLUMN lis_test_result.result_value IS '结果数值';
COMMENT ON COLUMN lis_test_result.unit IS '单位';
COMMENT ON COLUMN lis_test_result.reference_range IS '参考范围';
COMMENT ON COLUMN lis_test_result.abnormal_flag IS '异常标志：H 偏高、L 偏低、N 正常';
COMMENT ON COLUMN lis_test_result.test_time IS '检验时间';
COMMENT ON COLUMN lis_test_result.instrument IS '检验仪器';
COMMENT ON COLUMN lis_test_result.operator IS '检验者';
COMMENT ON COLUMN lis_test_result.auditor IS '审核者';
COMMENT ON COLUMN lis_test_result.update_time IS '修改时间';
COMMENT ON COLUMN lis_test_result.remark IS '备注';
