-- Helpers for the data files, in a schema of their own that finish.sql drops again.
-- Every choice is a hash of (row number, stream): hashint8extended is computed arithmetically on the integer
-- (not on its bytes) and is the function hash partitioning relies on staying stable, so the same rows come out on
-- every machine and every run. random() is never used.

CREATE SCHEMA demo_gen;

-- A number in [0, m) chosen by row n in the independent stream s.
CREATE FUNCTION demo_gen.pick(n bigint, s integer, m integer) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN ((hashint8extended(n, s) & 2147483647) % m)::integer;

-- One element of an array chosen by row n in stream s.
CREATE FUNCTION demo_gen.choose(n bigint, s integer, a text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN a[1 + demo_gen.pick(n, s, cardinality(a))];

-- Minutes after the demo's epoch (2024-01-01 00:00 China Standard Time) as a timestamp with time zone. Minutes,
-- not days: adding days would depend on the session's time zone rules.
CREATE FUNCTION demo_gen.at_minute(m bigint) RETURNS timestamptz
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN timestamptz '2024-01-01 00:00:00+08' + make_interval(mins => m::integer);

-- The calendar day (China Standard Time) of a moment: arithmetic, so no time zone setting or data is involved.
CREATE FUNCTION demo_gen.day_of(t timestamptz) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN date '2024-01-01'
        + floor(extract(epoch FROM t - timestamptz '2024-01-01 00:00:00+08') / 86400)::integer;

-- A Chinese name: common surnames are chosen more often (the square skews towards the front of the list, which is
-- in order of frequency); one or two given-name characters.
CREATE FUNCTION demo_gen.person_name(n bigint, male boolean) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (ARRAY['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','高','林','罗',
                  '郑','梁','谢','宋','唐','许','韩','冯','邓','曹','彭','曾','肖','田','董','袁','潘','于','蒋','蔡',
                  '余','杜','叶','程','苏','魏','吕','丁','任','沈','姚','卢','姜','崔','钟','谭','陆','汪','范','金',
                  '石','廖','贾','夏','韦','付','方','白','邹','孟','熊','秦','邱','江','尹','薛','闫','段','雷','侯',
                  '龙','史','陶','黎','贺','顾','毛','郝','龚','邵','万','钱','严','覃','武','戴','莫','孔','向','汤'])
               [1 + (demo_gen.pick(n, 101, 10000)::bigint * demo_gen.pick(n, 101, 10000)) / 1000000]
        || demo_gen.choose(n, 102, CASE WHEN male
               THEN ARRAY['伟','强','磊','军','勇','杰','涛','斌','超','明','刚','平','辉','鹏','华','飞','鑫','波','宇','浩',
                          '凯','健','俊','帆','帅','旭','宁','龙','林','阳','建','国','峰','亮','成','志','文','博','海','东']
               ELSE ARRAY['芳','娜','敏','静','丽','艳','娟','霞','燕','玲','婷','雪','慧','颖','琳','洁','晶','倩','萍','红',
                          '梅','琴','兰','凤','玉','秀','英','佳','欣','怡','悦','璐','丹','蕾','薇','月','莉','云','琪','瑶'] END)
        || CASE WHEN demo_gen.pick(n, 103, 10) < 7 THEN demo_gen.choose(n, 104, CASE WHEN male
               THEN ARRAY['伟','强','磊','军','勇','杰','涛','斌','超','明','刚','平','辉','鹏','华','飞','鑫','波','宇','浩',
                          '凯','健','俊','帆','帅','旭','宁','龙','林','阳','建','国','峰','亮','成','志','文','博','海','东']
               ELSE ARRAY['芳','娜','敏','静','丽','艳','娟','霞','燕','玲','婷','雪','慧','颖','琳','洁','晶','倩','萍','红',
                          '梅','琴','兰','凤','玉','秀','英','佳','欣','怡','悦','璐','丹','蕾','薇','月','莉','云','琪','瑶'] END)
           ELSE '' END;

-- The GB 11643 check character of the first 17 digits of a resident identity card number.
CREATE FUNCTION demo_gen.id_check(d text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN substr('10X98765432', 1 + ((
          7 * substr(d, 1, 1)::integer + 9 * substr(d, 2, 1)::integer + 10 * substr(d, 3, 1)::integer
        + 5 * substr(d, 4, 1)::integer + 8 * substr(d, 5, 1)::integer + 4 * substr(d, 6, 1)::integer
        + 2 * substr(d, 7, 1)::integer + 1 * substr(d, 8, 1)::integer + 6 * substr(d, 9, 1)::integer
        + 3 * substr(d, 10, 1)::integer + 7 * substr(d, 11, 1)::integer + 9 * substr(d, 12, 1)::integer
        + 10 * substr(d, 13, 1)::integer + 5 * substr(d, 14, 1)::integer + 8 * substr(d, 15, 1)::integer
        + 4 * substr(d, 16, 1)::integer + 2 * substr(d, 17, 1)::integer) % 11), 1);
