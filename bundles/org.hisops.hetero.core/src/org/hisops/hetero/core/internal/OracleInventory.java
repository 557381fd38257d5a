package org.hisops.hetero.core.internal;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hisops.db.api.Session;
import org.hisops.hetero.api.ObjectKind;

/**
 * Reads one schema of an Oracle 10.2/11.2 source into {@link SourceObject}s: DBA_OBJECTS for the list, then the
 * kinds' own views (columns, source, triggers, sequences, synonyms, links, materialised views, jobs, types). The
 * SQL is in {@code sql/oracle/hetero.ora.*.sql}; each statement is one query per schema, so a schema costs the same
 * dozen round trips whatever its size.
 */
final class OracleInventory {

    private static final BigDecimal BIGINT_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final Set<String> GBK = Set.of("ZHS16GBK", "ZHS32GB18030", "ZHS16CGB231280");

    private final Session session;
    private final String characterSet;

    OracleInventory(Session session, String characterSet) {
        this.session = session;
        this.characterSet = characterSet == null ? "" : characterSet;
    }

    static String characterSet(Session session) throws SQLException {
        return session.queryFirst(session.sql("hetero.ora.charset"), r -> r.getString(1)).orElse("");
    }

    /** Owners with objects, in name order, with Oracle's own left out. */
    static List<String> schemas(Session session, Set<String> oracleSchemas) throws SQLException {
        List<String> owners = session.query(session.sql("hetero.ora.schemas"), r -> r.getString("OWNER"));
        return owners.stream().filter(o -> !oracleSchemas.contains(o.toUpperCase(Locale.ROOT))).toList();
    }

    List<SourceObject> read(String owner) throws SQLException {
        Map<String, ObjectKind> listed = new LinkedHashMap<>();
        Set<String> mviews = new HashSet<>();
        for (String[] o : session.query(session.sql("hetero.ora.objects"),
                r -> new String[] { r.getString("OBJECT_NAME"), r.getString("OBJECT_TYPE") }, owner)) {
            ObjectKind kind = switch (o[1]) {
                case "TABLE" -> ObjectKind.TABLE;
                case "VIEW" -> ObjectKind.VIEW;
                case "TYPE" -> ObjectKind.TYPE;
                case "PACKAGE" -> ObjectKind.PACKAGE;
                case "PROCEDURE" -> ObjectKind.PROCEDURE;
                case "FUNCTION" -> ObjectKind.FUNCTION;
                case "TRIGGER" -> ObjectKind.TRIGGER;
                case "SEQUENCE" -> ObjectKind.SEQUENCE;
                case "SYNONYM" -> ObjectKind.SYNONYM;
                case "MATERIALIZED VIEW" -> ObjectKind.MATERIALIZED_VIEW;
                default -> null;
            };
            if (kind == ObjectKind.MATERIALIZED_VIEW) {
                mviews.add(o[0]);
            }
            if (kind != null) {
                listed.putIfAbsent(kind + "\u0000" + o[0], kind);
            }
        }
        Map<String, List<SourceObject.Line>> lines = new HashMap<>();
        Map<String, Integer> sourceLines = new HashMap<>();
        // a materialised view's container table is the view itself, not a table to convert
        mviews.forEach(m -> listed.remove(ObjectKind.TABLE + "\u0000" + m));

        for (Object[] c : session.query(session.sql("hetero.ora.columns"), r -> new Object[] {
                r.getString("TABLE_NAME"), r.getString("COLUMN_NAME"), r.getString("DATA_TYPE"),
                r.getBigDecimal("DATA_LENGTH"), r.getBigDecimal("DATA_PRECISION"), r.getBigDecimal("DATA_SCALE"),
                r.getInt("COLUMN_ID") }, owner)) {
            String key = ObjectKind.TABLE + "\u0000" + c[0];
            if (listed.containsKey(key)) {
                String text = "COLUMN " + c[1] + " " + columnType((String) c[2], (BigDecimal) c[3], (BigDecimal) c[4],
                        (BigDecimal) c[5]);
                lines.computeIfAbsent(key, k -> new ArrayList<>()).add(new SourceObject.Line((Integer) c[6], text, text));
            }
        }

        Map<String, PlsqlText> readers = new HashMap<>();
        for (Object[] s : session.query(session.sql("hetero.ora.source"), r -> new Object[] { r.getString("NAME"),
                r.getString("TYPE"), r.getInt("LINE"), r.getString("TEXT") }, owner)) {
            ObjectKind kind = switch ((String) s[1]) {
                case "PACKAGE", "PACKAGE BODY" -> ObjectKind.PACKAGE;
                case "PROCEDURE" -> ObjectKind.PROCEDURE;
                case "FUNCTION" -> ObjectKind.FUNCTION;
                case "TRIGGER" -> ObjectKind.TRIGGER;
                case "TYPE", "TYPE BODY" -> ObjectKind.TYPE;
                default -> null;
            };
            if (kind == null) {
                continue;
            }
            String key = kind + "\u0000" + s[0];
            String original = s[3] == null ? "" : ((String) s[3]).replace("\n", "").replace("\r", "");
            String code = readers.computeIfAbsent(key + "\u0000" + s[1], k -> new PlsqlText()).code(original);
            lines.computeIfAbsent(key, k -> new ArrayList<>()).add(new SourceObject.Line((Integer) s[2], code, original));
            sourceLines.merge(key, 1, Integer::sum);
        }

        for (String[] t : session.query(session.sql("hetero.ora.triggers"), r -> new String[] {
                r.getString("TRIGGER_NAME"), r.getString("TRIGGER_TYPE"), r.getString("TRIGGERING_EVENT"),
                r.getString("TABLE_NAME") }, owner)) {
            describe(lines, ObjectKind.TRIGGER, t[0], "TRIGGER TYPE=" + t[1] + " EVENT=" + t[2] + " ON=" + t[3]);
        }
        for (Object[] q : session.query(session.sql("hetero.ora.sequences"), r -> new Object[] {
                r.getString("SEQUENCE_NAME"), r.getBigDecimal("MIN_VALUE"), r.getBigDecimal("MAX_VALUE"),
                r.getBigDecimal("INCREMENT_BY"), r.getString("CYCLE_FLAG"), r.getString("ORDER_FLAG"),
                r.getBigDecimal("CACHE_SIZE"), r.getBigDecimal("LAST_NUMBER") }, owner)) {
            BigDecimal max = (BigDecimal) q[2];
            BigDecimal last = (BigDecimal) q[7];
            describe(lines, ObjectKind.SEQUENCE, (String) q[0], "SEQUENCE MIN=" + plain(q[1]) + " MAX=" + plain(max)
                    + " INCREMENT=" + plain(q[3]) + " CYCLE=" + q[4] + " ORDER=" + q[5] + " CACHE=" + plain(q[6])
                    + " LAST=" + plain(last) + " MAX_ABOVE_BIGINT=" + yes(max != null && max.compareTo(BIGINT_MAX) > 0)
                    + " LAST_ABOVE_BIGINT=" + yes(last != null && last.compareTo(BIGINT_MAX) > 0));
        }
        for (String[] s : session.query(session.sql("hetero.ora.synonyms"), r -> new String[] { r.getString("OWNER"),
                r.getString("SYNONYM_NAME"), r.getString("TABLE_OWNER"), r.getString("TABLE_NAME"),
                r.getString("DB_LINK") }, owner, owner)) {
            boolean pub = "PUBLIC".equals(s[0]);
            String target = (s[2] == null ? "" : s[2] + ".") + s[3] + (s[4] == null ? "" : "@" + s[4]);
            String text = "SYNONYM " + (pub ? "PUBLIC" : "PRIVATE") + " FOR " + target;
            if (pub) {
                listed.putIfAbsent(ObjectKind.SYNONYM + "\u0000PUBLIC." + s[1], ObjectKind.SYNONYM);
                describe(lines, ObjectKind.SYNONYM, "PUBLIC." + s[1], text);
            } else {
                describe(lines, ObjectKind.SYNONYM, s[1], text);
            }
        }
        for (String[] l : session.query(session.sql("hetero.ora.dblinks"), r -> new String[] { r.getString("DB_LINK"),
                r.getString("USERNAME"), r.getString("HOST") }, owner)) {
            listed.putIfAbsent(ObjectKind.DATABASE_LINK + "\u0000" + l[0], ObjectKind.DATABASE_LINK);
            describe(lines, ObjectKind.DATABASE_LINK, l[0], "DATABASE LINK HOST=" + l[2]
                    + (l[1] == null ? " CONNECTED_USER" : " FIXED_USER=" + l[1]));
        }
        for (String[] m : session.query(session.sql("hetero.ora.mviews"), r -> new String[] { r.getString("MVIEW_NAME"),
                r.getString("REFRESH_MODE"), r.getString("REFRESH_METHOD"), r.getString("MASTER_LINK") }, owner)) {
            listed.putIfAbsent(ObjectKind.MATERIALIZED_VIEW + "\u0000" + m[0], ObjectKind.MATERIALIZED_VIEW);
            describe(lines, ObjectKind.MATERIALIZED_VIEW, m[0], "MATERIALIZED VIEW REFRESH_MODE=" + m[1]
                    + " REFRESH_METHOD=" + m[2] + (m[3] == null ? "" : " MASTER_LINK=" + m[3]));
        }
        for (String[] j : session.query(session.sql("hetero.ora.jobs"), r -> new String[] { r.getString("JOB"),
                r.getString("WHAT"), r.getString("INTERVAL"), r.getString("BROKEN") }, owner)) {
            String name = "JOB " + j[0];
            listed.putIfAbsent(ObjectKind.JOB + "\u0000" + name, ObjectKind.JOB);
            describe(lines, ObjectKind.JOB, name, "JOB DBMS_JOB INTERVAL=" + j[2] + " BROKEN=" + j[3] + " WHAT=" + j[1]);
        }
        for (String[] j : session.query(session.sql("hetero.ora.scheduler.jobs"), r -> new String[] {
                r.getString("JOB_NAME"), r.getString("JOB_TYPE"), r.getString("JOB_ACTION"),
                r.getString("SCHEDULE_TYPE") }, owner)) {
            listed.putIfAbsent(ObjectKind.JOB + "\u0000" + j[0], ObjectKind.JOB);
            describe(lines, ObjectKind.JOB, j[0], "JOB DBMS_SCHEDULER TYPE=" + j[1] + " SCHEDULE=" + j[3]
                    + " ACTION=" + j[2]);
        }
        for (Object[] t : session.query(session.sql("hetero.ora.types"), r -> new Object[] { r.getString("TYPE_NAME"),
                r.getString("TYPECODE"), r.getInt("METHODS") }, owner)) {
            describe(lines, ObjectKind.TYPE, (String) t[0], "TYPE TYPECODE=" + t[1] + " METHODS=" + t[2]);
        }

        List<SourceObject> objects = new ArrayList<>();
        for (Map.Entry<String, ObjectKind> e : listed.entrySet()) {
            String name = e.getKey().substring(e.getKey().indexOf('\u0000') + 1);
            String objectOwner = owner;
            if (name.startsWith("PUBLIC.") && e.getValue() == ObjectKind.SYNONYM) {
                objectOwner = "PUBLIC";
                name = name.substring("PUBLIC.".length());
            }
            objects.add(new SourceObject(objectOwner, name, e.getValue(), lines.getOrDefault(e.getKey(), List.of()),
                    sourceLines.getOrDefault(e.getKey(), 0)));
        }
        return objects;
    }

    /** An attribute line goes first (line 0), before any source lines of the same object. */
    private static void describe(Map<String, List<SourceObject.Line>> lines, ObjectKind kind, String name, String text) {
        lines.computeIfAbsent(kind + "\u0000" + name, k -> new ArrayList<>()).add(0, new SourceObject.Line(0, text, text));
    }

    /** The column's type as a DBA writes it; VARCHAR2/CHAR carry the source character set for the GBK rule. */
    String columnType(String type, BigDecimal length, BigDecimal precision, BigDecimal scale) {
        String t = type == null ? "" : type.toUpperCase(Locale.ROOT);
        if (t.equals("NUMBER")) {
            if (precision == null) {
                return scale != null && scale.signum() == 0 ? "NUMBER(*,0)" : "NUMBER";
            }
            return "NUMBER(" + precision.toPlainString() + "," + (scale == null ? "0" : scale.toPlainString()) + ")";
        }
        if (t.equals("VARCHAR2") || t.equals("CHAR")) {
            return t + "(" + plain(length) + ")" + (GBK.contains(characterSet) ? " CHARSET=" + characterSet : "");
        }
        if (t.equals("NVARCHAR2") || t.equals("NCHAR") || t.equals("RAW")) {
            return t + "(" + plain(length) + ")";
        }
        return t;
    }

    private static String plain(Object n) {
        return n instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(n);
    }

    private static String yes(boolean b) {
        return b ? "Y" : "N";
    }
}
