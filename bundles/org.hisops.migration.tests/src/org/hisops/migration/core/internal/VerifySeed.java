package org.hisops.migration.core.internal;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.hisops.db.postgres.embedded.PostgresServer;
import org.hisops.migration.api.TablePair;

/**
 * The seeded pair of databases both the verification and the repair tests start from: {@code src} and its copy
 * {@code dst} on one real PostgreSQL, with differences in every kind of column (inserted, deleted and updated rows;
 * NULLs, Chinese text, numeric precision, timestamps with zones, bytea, an 80-column table, a composite key, a
 * table without a key) and one that must count as equal (0 vs -0).
 */
final class VerifySeed {

    static final List<TablePair> TABLES = List.of(TablePair.same("public", "patient"),
            new TablePair("public", "ORDERS", "public", "orders"), TablePair.same("public", "lab_result"),
            TablePair.same("public", "wide"), TablePair.same("public", "audit_note"),
            TablePair.same("public", "empty_one"));

    private VerifySeed() {
    }

    static void seed(PostgresServer server) throws Exception {
        server.createDatabase("src");
        server.createDatabase("dst");
        for (String db : List.of("src", "dst")) {
            try (Connection c = server.connect(db); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE patient (id int PRIMARY KEY, name varchar(40), ward char(6), balance "
                        + "numeric(12,2), weight float8, admitted timestamptz, born date, photo bytea, note text)");
                s.execute("INSERT INTO patient SELECT g, '患者' || g, 'W' || (g % 9), (g * 1.25)::numeric(12,2), "
                        + "g / 4.0, timestamptz '2024-01-01 08:00:00+08' + g * interval '1 minute', "
                        + "date '1950-01-01' + g, decode(md5(g::text), 'hex'), CASE WHEN g % 7 = 0 THEN NULL "
                        + "ELSE '备注 ' || g END FROM generate_series(1, 20000) g");
                s.execute("CREATE TABLE orders (visit_id int, line_no smallint, item varchar(30), qty numeric(10,3), "
                        + "PRIMARY KEY (visit_id, line_no))");
                s.execute("INSERT INTO orders SELECT v, l, '药品' || (v * l % 97), v * l / 8.0 FROM "
                        + "generate_series(1, 3000) v, generate_series(1, 4) l");
                s.execute("CREATE TABLE lab_result (sample_code varchar(20) PRIMARY KEY, taken timestamp(3), "
                        + "value numeric(20,10), flag boolean)");
                s.execute("INSERT INTO lab_result SELECT 'S' || lpad(g::text, 6, '0'), timestamp '2024-03-01' + g * "
                        + "interval '1.5 second', g / 3.0, g % 2 = 0 FROM generate_series(1, 5000) g");
                StringBuilder wide = new StringBuilder("CREATE TABLE wide (id int PRIMARY KEY");
                StringBuilder fill = new StringBuilder("INSERT INTO wide SELECT g");
                for (int i = 1; i < 80; i++) {
                    wide.append(", c").append(i).append(i % 2 == 0 ? " int" : " varchar(20)");
                    fill.append(i % 2 == 0 ? ", g + " + i : ", 'v" + i + "-' || g");
                }
                s.execute(wide.append(")").toString());
                s.execute(fill.append(" FROM generate_series(1, 3000) g").toString());
                s.execute("CREATE TABLE audit_note (who varchar(20), what text)");
                s.execute("INSERT INTO audit_note SELECT 'user' || (g % 10), '操作 ' || (g % 50) FROM "
                        + "generate_series(1, 4000) g");
                s.execute("CREATE TABLE empty_one (id bigint PRIMARY KEY, v text)");
                s.execute("ANALYZE");
            }
        }
        try (Connection c = server.connect("dst"); Statement s = c.createStatement()) {
            // patient: one deleted, one extra, NULL vs value, Chinese text changed, numeric precision, time zone
            s.execute("DELETE FROM patient WHERE id = 17");
            s.execute("INSERT INTO patient (id, name) VALUES (20001, '多余')");
            s.execute("UPDATE patient SET note = 'x' WHERE id = 14"); // NULL on the source
            s.execute("UPDATE patient SET name = '患者一〇〇' WHERE id = 100");
            s.execute("UPDATE patient SET balance = balance + 0.01 WHERE id = 5000");
            s.execute("UPDATE patient SET admitted = admitted + interval '1 second' WHERE id = 12345");
            s.execute("UPDATE patient SET photo = decode('00', 'hex') WHERE id = 19999");
            // equal after normalisation: -0 and 0
            s.execute("UPDATE patient SET weight = -0.0 WHERE id = 1");
            // orders (composite key): a deleted line and a changed quantity
            s.execute("DELETE FROM orders WHERE visit_id = 2000 AND line_no = 3");
            s.execute("UPDATE orders SET qty = qty + 0.001 WHERE visit_id = 10 AND line_no = 1");
            // lab_result (text key): milliseconds and a flag
            s.execute("UPDATE lab_result SET taken = taken + interval '1 millisecond' WHERE sample_code = 'S000042'");
            s.execute("UPDATE lab_result SET flag = NULL WHERE sample_code = 'S004999'");
            // wide: one column of eighty
            s.execute("UPDATE wide SET c77 = 'changed' WHERE id = 2999");
            // no key: one row gone, one row added
            s.execute("DELETE FROM audit_note WHERE ctid = (SELECT ctid FROM audit_note WHERE who = 'user3' "
                    + "AND what = '操作 3' LIMIT 1)");
            s.execute("INSERT INTO audit_note VALUES ('intruder', '多出的行')");
        }
        try (Connection c = server.connect("src"); Statement s = c.createStatement()) {
            s.execute("UPDATE patient SET weight = 0 WHERE id = 1");
        }
    }
}
