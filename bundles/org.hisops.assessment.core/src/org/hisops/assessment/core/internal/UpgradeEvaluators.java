package org.hisops.assessment.core.internal;

import static org.hisops.checks.api.Severity.ERROR;
import static org.hisops.checks.api.Severity.INFO;
import static org.hisops.checks.api.Severity.RECOMMEND;
import static org.hisops.checks.api.Severity.WARNING;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hisops.checks.api.CheckContext;
import org.hisops.checks.api.Finding;
import org.hisops.checks.api.Row;
import org.hisops.db.api.DbVersion;

/**
 * The evaluators of {@link OracleUpgradeCatalogue}: rows in, findings with message keys ({@code msg.<check>...}) and
 * text arguments out. Sizes are given to the messages in MB.
 */
final class UpgradeEvaluators {

    private static final long MB = 1024L * 1024L;
    /** The time zone file 11.2.0.4 ships (DST version 14); a newer one in 10.2 needs the same patch in 11.2 first. */
    static final int TARGET_TIMEZONE_VERSION = 14;
    /** utlu112i.sql calls a time zone file older than this "old": DBMS_DST is needed after the upgrade. */
    static final int OLD_TIMEZONE_VERSION = 11;
    /** AUD$/FGA_LOG$ above this size slow the upgrade down (they are altered row by row). */
    static final long AUDIT_MB = 250;
    /** Users Oracle creates: their CONNECT grants are the installation's, not the hospital's. */
    private static final Set<String> ORACLE_USERS = Set.of("SYS", "SYSTEM", "DBA", "SPATIAL_CSW_ADMIN_USR",
            "SPATIAL_WFS_ADMIN_USR", "WMSYS", "XDB", "MDSYS", "ORDSYS", "CTXSYS", "EXFSYS", "OLAPSYS", "DMSYS",
            "SYSMAN", "MGMT_VIEW", "DBSNMP", "OUTLN", "TSMSYS", "SCOTT", "SI_INFORMTN_SCHEMA", "ORDPLUGINS",
            "LOGSTDBY_ADMINISTRATOR", "IMP_FULL_DATABASE", "EXP_FULL_DATABASE", "ANONYMOUS", "MDDATA", "DIP");

    private UpgradeEvaluators() {
    }

    static List<Finding> upgradePath(CheckContext c) throws SQLException {
        String version = c.query("assessment.ora.instance").stream().map(r -> r.text("VERSION")).findFirst()
                .orElse(c.serverVersion().toString());
        // 11.2 upgrades directly from 9.2.0.8, 10.1.0.5, 10.2.0.2 and 11.1.0.6 (E23633 1.4); 10.2.0.1 goes via 10.2.0.2+
        if (DbVersion.parse(version).compareTo(DbVersion.parse("10.2.0.2")) < 0) {
            return List.of(Finding.of(ERROR, "msg.ora.upg.path.patch", version, version));
        }
        return List.of();
    }

    static List<Finding> registry(CheckContext c) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("assessment.ora.registry")) {
            String status = r.text("STATUS");
            if (!"VALID".equalsIgnoreCase(status)) {
                findings.add(Finding.of(ERROR, "msg.ora.upg.registry.invalid", r.text("COMP_ID"), r.text("COMP_NAME"),
                        r.text("COMP_ID"), r.text("VERSION"), status).withFixup("@?/rdbms/admin/utlrp.sql"));
            }
        }
        return findings;
    }

    static List<Finding> tablespaces(CheckContext c) throws SQLException {
        Map<String, Long> minimum = ReferenceData.minimums(c.dataFile("data/oracle-11.2-sizing.tsv"));
        String undo = parameters(c).getOrDefault("undo_tablespace", "");
        Map<String, long[]> sizes = new LinkedHashMap<>(); // tablespace -> {allocated, reachable}
        Map<String, String> kind = new LinkedHashMap<>();
        Map<String, String> aFile = new LinkedHashMap<>();
        for (Row r : c.query("assessment.ora.datafiles")) {
            String ts = r.text("TABLESPACE_NAME");
            String k = ts.equalsIgnoreCase("SYSTEM") ? "SYSTEM" : ts.equalsIgnoreCase("SYSAUX") ? "SYSAUX"
                    : ts.equalsIgnoreCase(undo) ? "UNDO" : null;
            if (k != null) {
                add(sizes, kind, aFile, ts, k, r);
            }
        }
        for (Row r : c.query("assessment.ora.tempfiles")) {
            add(sizes, kind, aFile, r.text("TABLESPACE_NAME"), "TEMP", r);
        }
        List<Finding> findings = new ArrayList<>();
        for (String k : List.of("SYSTEM", "SYSAUX", "UNDO", "TEMP")) {
            if (!kind.containsValue(k)) {
                findings.add(Finding.of(k.equals("SYSAUX") ? ERROR : WARNING, "msg.ora.upg.tablespaces.missing", k, k));
            }
        }
        for (Map.Entry<String, long[]> e : sizes.entrySet()) {
            String ts = e.getKey();
            long need = minimum.getOrDefault(kind.get(ts), 0L);
            long allocated = e.getValue()[0] / MB;
            long reachable = e.getValue()[1] / MB;
            if (reachable < need) {
                findings.add(Finding.of(ERROR, "msg.ora.upg.tablespaces.small", ts, ts, allocated, reachable, need)
                        .withFixup("ALTER DATABASE " + (kind.get(ts).equals("TEMP") ? "TEMPFILE" : "DATAFILE") + " '"
                                + aFile.get(ts) + "' AUTOEXTEND ON NEXT 10M MAXSIZE " + Math.max(need, 2048) + "M"));
            } else if (allocated < need) {
                findings.add(Finding.of(INFO, "msg.ora.upg.tablespaces.autoextend", ts, ts, allocated, need));
            }
        }
        return findings;
    }

    private static void add(Map<String, long[]> sizes, Map<String, String> kind, Map<String, String> aFile, String ts,
            String k, Row r) {
        long bytes = r.number("BYTES", 0);
        boolean auto = "YES".equalsIgnoreCase(r.text("AUTOEXTENSIBLE"));
        long reachable = auto ? Math.max(bytes, r.number("MAXBYTES", 0)) : bytes;
        long[] s = sizes.computeIfAbsent(ts, t -> new long[2]);
        s[0] += bytes;
        s[1] += reachable;
        kind.put(ts, k);
        aFile.putIfAbsent(ts, r.text("FILE_NAME"));
    }

    static List<Finding> redo(CheckContext c) throws SQLException {
        long need = ReferenceData.minimums(c.dataFile("data/oracle-11.2-sizing.tsv")).getOrDefault("REDO", 4L);
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("assessment.ora.redo")) {
            long mb = r.number("BYTES", 0) / MB;
            if (mb < need) {
                findings.add(Finding.of(ERROR, "msg.ora.upg.redo.small", "group " + r.text("GROUP#"), r.text("GROUP#"),
                        r.text("THREAD#"), mb, need));
            }
        }
        return findings;
    }

    static List<Finding> recoveryArea(CheckContext c) throws SQLException {
        Map<String, String> p = parameters(c);
        String dest = p.get("db_recovery_file_dest");
        if (dest == null || dest.isBlank()) {
            return List.of(Finding.of(INFO, "msg.ora.upg.recovery.area.none", "db_recovery_file_dest"));
        }
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("assessment.ora.recovery.area")) {
            long limit = r.number("SPACE_LIMIT", 0);
            long used = r.number("SPACE_USED", 0) - r.number("SPACE_RECLAIMABLE", 0);
            long percent = limit <= 0 ? 100 : Math.round(100.0 * used / limit);
            if (percent >= 80) {
                findings.add(Finding.of(WARNING, "msg.ora.upg.recovery.area.full", r.text("NAME"), r.text("NAME"),
                        percent, limit / MB, used / MB));
            }
        }
        return findings;
    }

    static List<Finding> parameterLists(CheckContext c) throws SQLException {
        Map<String, String> set = setParameters(c);
        List<Finding> findings = new ArrayList<>();
        for (Map<String, String> row : ReferenceData.table(c.dataFile("data/oracle-11.2-parameters.tsv"),
                "oracle-11.2-parameters.tsv")) {
            String name = row.get("NAME").toLowerCase(Locale.ROOT);
            if (!set.containsKey(name)) {
                continue;
            }
            String kind = row.get("KIND");
            String replacement = row.get("REPLACEMENT");
            switch (kind) {
                case "OBSOLETE" -> findings.add(Finding.of(WARNING, "msg.ora.upg.parameters.obsolete", name, name)
                        .withFixup("ALTER SYSTEM RESET " + name + " SCOPE=SPFILE SID='*'"));
                case "RENAMED" -> findings.add(Finding.of(WARNING, "msg.ora.upg.parameters.renamed", name, name,
                        replacement));
                default -> findings.add(Finding.of(WARNING, "msg.ora.upg.parameters.deprecated", name, name,
                        replacement.isEmpty() ? "-" : replacement));
            }
        }
        Map<String, String> all = parameters(c);
        String compatible = all.get("compatible");
        if (compatible != null && DbVersion.parse(compatible).compareTo(DbVersion.parse("10.1.0")) < 0) {
            findings.add(Finding.of(ERROR, "msg.ora.upg.parameters.compatible", "compatible", compatible));
        }
        Map<String, Long> minimum = ReferenceData.minimums(c.dataFile("data/oracle-11.2-sizing.tsv"));
        for (String name : List.of("sga_target", "shared_pool_size", "java_pool_size")) {
            String value = set.get(name);
            Long need = minimum.get(name.toUpperCase(Locale.ROOT));
            if (value == null || need == null || !"sga_target".equals(name) && set.containsKey("sga_target")) {
                continue; // with sga_target the pools are minimums Oracle grows itself
            }
            long mb = parseLong(value) / MB;
            if (mb > 0 && mb < need) {
                findings.add(Finding.of(WARNING, "msg.ora.upg.parameters.memory", name, name, mb, need)
                        .withFixup("ALTER SYSTEM SET " + name + "=" + need + "M SCOPE=SPFILE SID='*'"));
            }
        }
        return findings;
    }

    static List<Finding> timezoneBefore(CheckContext c) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("assessment.ora.timezone")) {
            long version = r.number("VERSION", 0);
            if (version > TARGET_TIMEZONE_VERSION) {
                findings.add(Finding.of(ERROR, "msg.ora.upg.timezone.newer", r.text("FILENAME"), version,
                        TARGET_TIMEZONE_VERSION));
            } else if (version < OLD_TIMEZONE_VERSION) {
                findings.add(Finding.of(WARNING, "msg.ora.upg.timezone.old", r.text("FILENAME"), version,
                        TARGET_TIMEZONE_VERSION));
            }
        }
        return findings;
    }

    static List<Finding> timezoneAfter(CheckContext c) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("assessment.ora.timezone")) {
            long version = r.number("VERSION", 0);
            if (version < TARGET_TIMEZONE_VERSION) {
                findings.add(Finding.of(RECOMMEND, "msg.ora.upg.timezone.after", r.text("FILENAME"), version,
                        TARGET_TIMEZONE_VERSION).withFixup("EXECUTE DBMS_DST.BEGIN_UPGRADE(" + TARGET_TIMEZONE_VERSION
                                + ")", "-- restart the instance, then:",
                                "EXECUTE DBMS_DST.UPGRADE_DATABASE(:failures)", "EXECUTE DBMS_DST.END_UPGRADE(:failures)"));
            }
        }
        return findings;
    }

    static List<Finding> invalidObjects(CheckContext c) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("assessment.ora.invalid.objects")) {
            findings.add(Finding.of(WARNING, "msg.ora.upg.invalid.objects", r.text("OWNER") + "." + r.text("OBJECT_TYPE"),
                    r.text("OWNER"), r.text("OBJECT_TYPE"), r.number("INVALID_COUNT", 0))
                    .withFixup("@?/rdbms/admin/utlrp.sql"));
        }
        return findings;
    }

    static List<Finding> dblinkPasswords(CheckContext c) throws SQLException {
        // A link with a fixed user (CONNECT TO ... IDENTIFIED BY) keeps its password in the dictionary; 11.2
        // encrypts those passwords during the upgrade, so a downgrade needs the links recreated.
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("assessment.ora.dblinks")) {
            findings.add(Finding.of(WARNING, "msg.ora.upg.dblink.passwords", r.text("OWNER") + "." + r.text("DB_LINK"),
                    r.text("OWNER"), r.text("DB_LINK"), r.text("USERNAME"), r.text("HOST")));
        }
        return findings;
    }

    static List<Finding> connectRole(CheckContext c) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("assessment.ora.connect.grants")) {
            String grantee = r.text("GRANTEE");
            if (!ORACLE_USERS.contains(grantee.toUpperCase(Locale.ROOT))) {
                findings.add(Finding.of(INFO, "msg.ora.upg.connect.role", grantee, grantee));
            }
        }
        return findings;
    }

    static List<Finding> recoverFiles(CheckContext c) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("assessment.ora.recover.files")) {
            findings.add(Finding.of(ERROR, "msg.ora.upg.recover.files", "file " + r.text("FILE#"), r.text("FILE#"),
                    r.text("ONLINE_STATUS"), r.text("ERROR") == null ? "-" : r.text("ERROR")));
        }
        return findings;
    }

    static List<Finding> backupMode(CheckContext c) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("assessment.ora.backup.mode")) {
            findings.add(Finding.of(ERROR, "msg.ora.upg.backup.mode", r.text("FILE_NAME"), r.text("FILE#"),
                    r.text("FILE_NAME"), r.text("TABLESPACE_NAME"))
                    .withFixup("ALTER TABLESPACE " + r.text("TABLESPACE_NAME") + " END BACKUP"));
        }
        return findings;
    }

    static List<Finding> pending2pc(CheckContext c) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("assessment.ora.pending.2pc")) {
            String id = r.text("LOCAL_TRAN_ID");
            findings.add(Finding.of(ERROR, "msg.ora.upg.pending.2pc", id, id, r.text("GLOBAL_TRAN_ID"), r.text("STATE"))
                    .withFixup("-- decide with the other database's DBA: COMMIT FORCE '" + id + "'; or ROLLBACK FORCE '"
                            + id + "';", "EXECUTE DBMS_TRANSACTION.PURGE_LOST_DB_ENTRY('" + id + "')"));
        }
        return findings;
    }

    private static final Pattern DEST = Pattern.compile("log_archive_dest_\\d+");

    static List<Finding> synchronousStandby(CheckContext c) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, String> e : remoteDestinations(c).entrySet()) {
            String v = e.getValue().toUpperCase(Locale.ROOT);
            // 10.2: LGWR SYNC is the default for LGWR transport; SYNC may also be written on its own
            if (v.matches(".*\\bSYNC\\b.*") || v.contains("LGWR") && !v.contains("ASYNC")) {
                findings.add(Finding.of(WARNING, "msg.ora.upg.standby.sync", e.getKey(), e.getKey(), e.getValue()));
            }
        }
        return findings;
    }

    static List<Finding> remoteRedo(CheckContext c) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, String> e : remoteDestinations(c).entrySet()) {
            findings.add(Finding.of(WARNING, "msg.ora.upg.remote.redo", e.getKey(), e.getKey(), e.getValue())
                    .withFixup("ALTER SYSTEM SET log_archive_dest_state_" + e.getKey().substring(
                            "log_archive_dest_".length()) + "=DEFER SCOPE=MEMORY"));
        }
        return findings;
    }

    private static Map<String, String> remoteDestinations(CheckContext c) throws SQLException {
        Map<String, String> remote = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : parameters(c).entrySet()) {
            if (DEST.matcher(e.getKey()).matches() && e.getValue() != null
                    && e.getValue().toUpperCase(Locale.ROOT).contains("SERVICE=")) {
                remote.put(e.getKey(), e.getValue());
            }
        }
        return remote;
    }

    static List<Finding> logArchiveFormat(CheckContext c) throws SQLException {
        String format = parameters(c).get("log_archive_format");
        // From 10.1 on, with COMPATIBLE >= 10.0, the format must hold %s, %t and %r (resetlogs id) or the instance
        // refuses to start (ORA-19905); utlu112i.sql warns about a format that lacks them.
        if (format != null && !format.isBlank()) {
            String lower = format.toLowerCase(Locale.ROOT);
            if (!lower.contains("%s") || !lower.contains("%t") || !lower.contains("%r")) {
                return List.of(Finding.of(WARNING, "msg.ora.upg.log.archive.format", "log_archive_format", format)
                        .withFixup("ALTER SYSTEM SET log_archive_format='%t_%s_%r.arc' SCOPE=SPFILE"));
            }
        }
        return List.of();
    }

    static List<Finding> recycleBin(CheckContext c) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("assessment.ora.recyclebin")) {
            findings.add(Finding.of(WARNING, "msg.ora.upg.recyclebin", r.text("OWNER"), r.text("OWNER"),
                    r.number("OBJECTS", 0)).withFixup("PURGE DBA_RECYCLEBIN"));
        }
        return findings;
    }

    static List<Finding> timedStatistics(CheckContext c) throws SQLException {
        String value = parameters(c).get("timed_statistics");
        if (value != null && value.equalsIgnoreCase("FALSE")) {
            return List.of(Finding.of(WARNING, "msg.ora.upg.timed.statistics", "timed_statistics", value)
                    .withFixup("ALTER SYSTEM SET timed_statistics=TRUE SCOPE=BOTH"));
        }
        return List.of();
    }

    static List<Finding> dictionaryStatistics(CheckContext c) throws SQLException {
        // utlu112i.sql always recommends it: fresh dictionary statistics shorten the upgrade itself
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("assessment.ora.dictionary.stats")) {
            Object last = r.get("LAST_ANALYZED");
            findings.add(Finding.of(RECOMMEND, "msg.ora.upg.dictionary.stats", r.text("OWNER"), r.text("OWNER"),
                    r.number("TABLES", 0), last == null ? "-" : last.toString().replaceFirst("\\.0$", ""))
                    .withFixup("EXECUTE DBMS_STATS.GATHER_DICTIONARY_STATS"));
        }
        if (findings.isEmpty()) {
            findings.add(Finding.of(RECOMMEND, "msg.ora.upg.dictionary.stats.none", "SYS")
                    .withFixup("EXECUTE DBMS_STATS.GATHER_DICTIONARY_STATS"));
        }
        return findings;
    }

    static List<Finding> hiddenParameters(CheckContext c) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, String> e : setParameters(c).entrySet()) {
            if (e.getKey().startsWith("_")) {
                findings.add(Finding.of(RECOMMEND, "msg.ora.upg.hidden.parameter", e.getKey(), e.getKey(), e.getValue())
                        .withFixup("ALTER SYSTEM RESET \"" + e.getKey() + "\" SCOPE=SPFILE SID='*'"));
            } else if (e.getKey().equals("event") && e.getValue() != null && !e.getValue().isBlank()) {
                findings.add(Finding.of(RECOMMEND, "msg.ora.upg.events", "event", e.getValue())
                        .withFixup("ALTER SYSTEM RESET event SCOPE=SPFILE SID='*'"));
            }
        }
        return findings;
    }

    static List<Finding> dmsys(CheckContext c) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("assessment.ora.dmsys")) {
            findings.add(Finding.of(RECOMMEND, "msg.ora.upg.dmsys", "DMSYS", r.text("ACCOUNT_STATUS"))
                    .withFixup("DROP USER DMSYS CASCADE"));
        }
        return findings;
    }

    static List<Finding> auditVolume(CheckContext c) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("assessment.ora.audit.volume")) {
            long mb = r.number("BYTES", 0) / MB;
            if (mb >= AUDIT_MB) {
                findings.add(Finding.of(RECOMMEND, "msg.ora.upg.audit.volume", r.text("SEGMENT_NAME"),
                        r.text("SEGMENT_NAME"), mb, AUDIT_MB));
            }
        }
        return findings;
    }

    static List<Finding> characterSet(CheckContext c) throws SQLException {
        Map<String, String> nls = new LinkedHashMap<>();
        for (Row r : c.query("assessment.ora.nls")) {
            nls.put(r.text("PARAMETER"), r.text("VALUE"));
        }
        List<Finding> findings = new ArrayList<>();
        String cs = nls.getOrDefault("NLS_CHARACTERSET", "");
        switch (cs) {
            case "AL32UTF8" -> {
                // the target everyone converges on; nothing to say
            }
            case "ZHS16GBK", "ZHS32GB18030" -> findings.add(Finding.of(INFO, "msg.ora.upg.charset.gbk", cs, cs));
            case "UTF8" -> findings.add(Finding.of(WARNING, "msg.ora.upg.charset.utf8", cs, cs));
            default -> findings.add(Finding.of(WARNING, "msg.ora.upg.charset.other", cs, cs));
        }
        String nchar = nls.getOrDefault("NLS_NCHAR_CHARACTERSET", "AL16UTF16");
        if (!"AL16UTF16".equals(nchar)) {
            findings.add(Finding.of(INFO, "msg.ora.upg.charset.nchar", nchar, nchar));
        }
        return findings;
    }

    static List<Finding> nlsSettings(CheckContext c) throws SQLException {
        Map<String, String> p = parameters(c);
        List<Finding> findings = new ArrayList<>();
        String semantics = p.get("nls_length_semantics");
        if (semantics != null && semantics.equalsIgnoreCase("CHAR")) {
            findings.add(Finding.of(WARNING, "msg.ora.upg.nls.length.semantics", "nls_length_semantics", semantics)
                    .withFixup("ALTER SYSTEM SET nls_length_semantics=BYTE SCOPE=SPFILE"));
        }
        return findings;
    }

    private static final Pattern CLIENT_VERSION = Pattern.compile("(\\d+)\\.(\\d+)");

    static List<Finding> clients(CheckContext c) throws SQLException {
        boolean connectInfo = c.serverVersion().compareTo(DbVersion.parse("11.1")) >= 0;
        List<Finding> findings = new ArrayList<>();
        for (Row r : c.query("assessment.ora.clients")) {
            String user = r.text("USERNAME");
            long sessions = r.number("SESSIONS", 0);
            if (!connectInfo) {
                // 10.2 does not record the client's driver or version: name who connects, the DBA checks the jars
                String program = r.text("PROGRAM") == null ? "-" : r.text("PROGRAM");
                findings.add(Finding.of(INFO, "msg.ora.upg.clients.10g", user + "@" + r.text("MACHINE"), user,
                        r.text("MACHINE"), program, sessions));
                continue;
            }
            String driver = r.text("CLIENT_DRIVER") == null ? "-" : r.text("CLIENT_DRIVER").trim();
            String version = r.text("CLIENT_VERSION") == null ? "Unknown" : r.text("CLIENT_VERSION").trim();
            Matcher m = CLIENT_VERSION.matcher(version);
            // Pre-11.1 clients report no version ("Unknown"); before 10.2 they are outside the 11.2 support matrix
            if (!m.find()) {
                findings.add(Finding.of(WARNING, "msg.ora.upg.clients.unknown", user + "@" + r.text("OSUSER"), user,
                        r.text("OSUSER"), driver, sessions));
            } else if (Integer.parseInt(m.group(1)) < 10
                    || Integer.parseInt(m.group(1)) == 10 && Integer.parseInt(m.group(2)) < 2) {
                findings.add(Finding.of(WARNING, "msg.ora.upg.clients.old", user + "@" + r.text("OSUSER"), user,
                        r.text("OSUSER"), driver, version, sessions));
            } else {
                findings.add(Finding.of(INFO, "msg.ora.upg.clients.ok", user + "@" + r.text("OSUSER"), user,
                        r.text("OSUSER"), driver, version, sessions));
            }
        }
        return findings;
    }

    /** Every parameter with its value (V$PARAMETER, lower-case names). */
    static Map<String, String> parameters(CheckContext c) throws SQLException {
        Map<String, String> all = new LinkedHashMap<>();
        for (Row r : c.query("assessment.ora.parameters")) {
            all.put(r.text("NAME").toLowerCase(Locale.ROOT), r.text("VALUE"));
        }
        return all;
    }

    /** Parameters set explicitly (ISDEFAULT = FALSE). */
    static Map<String, String> setParameters(CheckContext c) throws SQLException {
        Map<String, String> set = new LinkedHashMap<>();
        for (Row r : c.query("assessment.ora.parameters")) {
            if ("FALSE".equalsIgnoreCase(r.text("ISDEFAULT"))) {
                set.put(r.text("NAME").toLowerCase(Locale.ROOT), r.text("VALUE"));
            }
        }
        return set;
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
