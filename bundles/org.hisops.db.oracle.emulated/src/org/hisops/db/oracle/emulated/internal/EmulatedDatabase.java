package org.hisops.db.oracle.emulated.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hisops.db.api.DbVersion;
import org.hisops.db.oracle.catalogue.CatalogueColumn;
import org.hisops.db.oracle.catalogue.OracleCatalogue;
import org.hisops.db.oracle.catalogue.ViewStatus;

/**
 * The in-memory H2 database (Oracle mode) behind the scenarios that share one data set. Its SYS schema holds one
 * table per dictionary view that the catalogue lists for the release, named exactly like the view and with the
 * catalogued columns, plus the columns a scenario adds where the catalogue is partial or silent
 * ({@code not-in-catalogue.tsv}); {@code data.sql} fills them. Who may read what is left to H2's own grants, one
 * H2 user per kind of Oracle session, so that a refused read comes from the database and not from string matching.
 */
final class EmulatedDatabase {

    /** What an Oracle session may read, and the H2 user that stands for it. */
    enum Reader {
        /** SYSDBA on an open database: everything. */
        SYSDBA,
        /** A user with SELECT_CATALOG_ROLE: the dictionary, not the application's tables. */
        CATALOG,
        /** A user without it: only the dictionary views granted to PUBLIC. */
        PUBLIC,
        /** SYSDBA on a mounted database: only the fixed (V$) views. */
        FIXED
    }

    private static final Pattern PUBLIC_VIEWS = Pattern.compile(
            "(?:ALL_|USER_).*|NLS_DATABASE_PARAMETERS|DATABASE_PROPERTIES|PRODUCT_COMPONENT_VERSION");
    private static final Pattern FIXED_VIEWS = Pattern.compile("G?V\\$.*");
    /** Rows: INSERTs, and UPDATE/DELETE by a scenario that changes its base's rows. */
    private static final Pattern INSERT = Pattern.compile("(?is)(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s.*");
    private static final Pattern CREATE = Pattern.compile("(?is)CREATE\\s+(SCHEMA|TABLE)\\s+(\\w+)(\\.[\\w$#]+)?(?:[\\s(].*)?");

    /** One database per data set for the whole JVM, as an Oracle server is one server however many connect. */
    private static final Map<String, EmulatedDatabase> DATABASES = new java.util.concurrent.ConcurrentHashMap<>();

    private final org.h2.Driver driver = new org.h2.Driver();
    private final String url;
    private final String adminPassword = UUID.randomUUID().toString();
    private final Map<Reader, String> passwords = new LinkedHashMap<>();
    private final Set<String> tables = new TreeSet<>();

    private EmulatedDatabase(String url) {
        this.url = url;
    }

    /** The database of a scenario's data set, built on first use. */
    static EmulatedDatabase of(Scenario scenario, OracleCatalogue catalogue) {
        return DATABASES.computeIfAbsent(scenario.dataScenario(), name -> build(name, scenario.version(), catalogue,
                scenario.dataFile("data.sql"), scenario.dataFile("not-in-catalogue.tsv")));
    }

    /** Drops every database (the bundle stops; a new start builds them again from the files). */
    static void shutdownAll() {
        RoleTransitions.reset();
        for (String name : java.util.List.copyOf(DATABASES.keySet())) {
            EmulatedDatabase db = DATABASES.remove(name);
            if (db != null) {
                db.shutdown();
            }
        }
    }

    /**
     * Builds the database of a data scenario for the catalogued release of {@code version}.
     *
     * @throws IllegalStateException when the scenario's files contradict the catalogue or do not load
     */
    static EmulatedDatabase build(String dataScenario, DbVersion version, OracleCatalogue catalogue, String dataSql,
            String notInCatalogueTsv) {
        DbVersion release = catalogue.release(version).orElseThrow(() -> new IllegalStateException(
                dataScenario + ": the catalogue has no release for Oracle " + version));
        Map<String, List<String[]>> definitions = new LinkedHashMap<>();
        for (String view : catalogue.views(release)) {
            List<String[]> columns = new ArrayList<>();
            for (CatalogueColumn c : catalogue.columns(view, release)) {
                columns.add(new String[] { c.name(), c.datatype() });
            }
            definitions.put(view, columns);
        }
        addNotInCatalogue(dataScenario, release, catalogue, notInCatalogueTsv, definitions);

        Set<String> columnNames = new TreeSet<>();
        definitions.values().forEach(cols -> cols.forEach(c -> columnNames.add(c[0])));
        // Oracle column names that H2 reads as keywords (VALUE, INTERVAL) must stay plain names in every session.
        String nonKeywords = String.join(",", columnNames.stream()
                .filter(c -> org.h2.util.ParserUtil.isKeyword(c, false)).toList());
        EmulatedDatabase db = new EmulatedDatabase("jdbc:h2:mem:hisops-" + dataScenario
                + ";MODE=Oracle" + (nonKeywords.isEmpty() ? "" : ";NON_KEYWORDS=" + nonKeywords));
        // The first connection creates the database; it lives on when it closes, until shutdown().
        try (Connection admin = db.connect("EMULATOR", db.adminPassword, ";DB_CLOSE_DELAY=-1");
                Statement s = admin.createStatement()) {
            s.execute("CREATE SCHEMA SYS");
            s.execute("SET SCHEMA SYS"); // data.sql names the views as Oracle users do, without an owner
            for (Map.Entry<String, List<String[]>> view : definitions.entrySet()) {
                StringBuilder ddl = new StringBuilder("CREATE TABLE SYS.").append(quote(view.getKey())).append(" (");
                for (String[] column : view.getValue()) {
                    ddl.append(ddl.charAt(ddl.length() - 1) == '(' ? "" : ", ").append(quote(column[0])).append(' ')
                            .append(h2Type(column[1]));
                }
                s.execute(ddl.append(')').toString());
                db.tables.add(view.getKey());
            }
            Set<String> applicationSchemas = new TreeSet<>();
            if (dataSql != null) {
                for (String statement : statements(dataSql)) {
                    Matcher create = CREATE.matcher(statement);
                    boolean applicationDdl = create.matches() && !create.group(2).equalsIgnoreCase("SYS")
                            && (create.group(1).equalsIgnoreCase("SCHEMA") || create.group(3) != null);
                    if (!INSERT.matcher(statement).matches() && !applicationDdl) {
                        throw new IllegalStateException(dataScenario + "/data.sql holds INSERT, UPDATE, DELETE, and CREATE SCHEMA/TABLE "
                                + "for application schemas only, never the dictionary: " + statement);
                    }
                    if (applicationDdl) {
                        applicationSchemas.add(create.group(2).toUpperCase(Locale.ROOT));
                    }
                    try {
                        s.execute(statement);
                    } catch (SQLException e) {
                        throw new IllegalStateException(dataScenario + "/data.sql: " + e.getMessage(), e);
                    }
                }
            }
            for (Reader reader : Reader.values()) {
                String password = UUID.randomUUID().toString();
                db.passwords.put(reader, password);
                s.execute("CREATE USER " + reader + "_READER PASSWORD '" + password + "'");
            }
            s.execute("GRANT SELECT ON SCHEMA SYS TO SYSDBA_READER");
            for (String schema : applicationSchemas) {
                s.execute("GRANT SELECT ON SCHEMA " + schema + " TO SYSDBA_READER");
            }
            s.execute("GRANT SELECT ON SCHEMA SYS TO CATALOG_READER");
            for (String table : db.tables) {
                if (PUBLIC_VIEWS.matcher(table).matches()) {
                    s.execute("GRANT SELECT ON SYS." + quote(table) + " TO PUBLIC_READER");
                }
                if (FIXED_VIEWS.matcher(table).matches()) {
                    s.execute("GRANT SELECT ON SYS." + quote(table) + " TO FIXED_READER");
                }
            }
        } catch (SQLException e) {
            db.shutdown();
            throw new IllegalStateException("the emulated database of " + dataScenario + " cannot be built: "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            db.shutdown(); // a half-built database must not stand in the way of a corrected one
            throw e;
        }
        return db;
    }

    /**
     * Columns the scenario needs beyond the catalogue: accepted only where the catalogue lists the view partially
     * or not at all for this release. A completely documented view, or one of another release, is never extended.
     * A catalogued column whose datatype is unknown ({@code ?}, proven by a book that does not show it) may be given
     * its emulation type here; a known datatype is never overridden.
     */
    private static void addNotInCatalogue(String dataScenario, DbVersion release, OracleCatalogue catalogue,
            String tsv, Map<String, List<String[]>> definitions) {
        if (tsv == null) {
            return;
        }
        String file = dataScenario + "/not-in-catalogue.tsv";
        String[] lines = tsv.split("\\R");
        if (!lines[0].equals("VIEW\tCOLUMN\tDATATYPE\tREASON")) {
            throw new IllegalStateException(file + ": the first line must be VIEW<TAB>COLUMN<TAB>DATATYPE<TAB>REASON");
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] row = lines[i].split("\t", -1);
            if (row.length != 4 || row[3].isBlank()) {
                throw new IllegalStateException(file + " line " + (i + 1) + ": view, column, datatype and the reason");
            }
            String view = OracleCatalogue.viewName(row[0]);
            String column = row[1].toUpperCase(Locale.ROOT);
            ViewStatus status = catalogue.status(view, release);
            if (status == ViewStatus.COMPLETE || status == ViewStatus.NOT_IN_RELEASE) {
                throw new IllegalStateException(file + ": " + view + " is " + status + " in the catalogue for " + release
                        + "; a scenario may not add " + column + " to it");
            }
            List<String[]> columns = definitions.computeIfAbsent(view, v -> new ArrayList<>());
            String[] known = columns.stream().filter(c -> c[0].equals(column)).findFirst().orElse(null);
            if (known != null && CatalogueColumn.UNKNOWN_DATATYPE.equals(known[1])) {
                // catalogued from another book without its datatype: the scenario may give the emulation one
                known[1] = row[2];
                continue;
            }
            if (known != null) {
                throw new IllegalStateException(file + ": " + view + "." + column + " is already defined");
            }
            columns.add(new String[] { column, row[2] });
        }
    }

    /** The dictionary tables of this database (catalogued views and the scenario's additions). */
    Set<String> tables() {
        return tables;
    }

    /** A session that may change the emulated dictionary: only for the emulated role transitions. */
    Connection admin() throws SQLException {
        return connect("EMULATOR", adminPassword, ";SCHEMA=SYS");
    }

    /** A new H2 session as the user that stands for {@code reader}, with SYS as the schema names resolve in. */
    Connection open(Reader reader) throws SQLException {
        return connect(reader + "_READER", passwords.get(reader), ";SCHEMA=SYS");
    }

    private Connection connect(String user, String password, String settings) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        Connection c = driver.connect(url + settings, p);
        if (c == null) {
            throw new SQLException("H2 did not accept " + url);
        }
        return c;
    }

    /** Drops the in-memory database (a later build starts from the files again). */
    void shutdown() {
        try (Connection admin = connect("EMULATOR", adminPassword, ""); Statement s = admin.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            // already gone
        }
    }

    /**
     * The H2 type a catalogued column is emulated with, when nothing else gives one (emulated, not Oracle's type).
     * A column the catalogue knows only from another book, without its datatype, holds text of any length here.
     */
    static final String UNKNOWN_DATATYPE_EMULATION = "VARCHAR2(4000)";

    /**
     * Oracle datatypes as the Reference prints them, made acceptable to H2's Oracle mode; {@code ?} (datatype not
     * shown by the source) becomes {@link #UNKNOWN_DATATYPE_EMULATION}.
     */
    static String h2Type(String oracle) {
        String t = oracle.trim().toUpperCase(Locale.ROOT);
        if (t.equals(CatalogueColumn.UNKNOWN_DATATYPE)) {
            return UNKNOWN_DATATYPE_EMULATION;
        }
        if (t.equals("LONG")) {
            return "CLOB"; // Oracle's LONG is character data; H2 reads LONG as BIGINT
        }
        // "RAW(4 | 8)": the size depends on the platform's word length; the larger holds both.
        Matcher alternatives = Pattern.compile("(\\w+)\\((\\d+)\\s*\\|\\s*(\\d+)\\)").matcher(t);
        if (alternatives.matches()) {
            return alternatives.group(1) + "(" + Math.max(Integer.parseInt(alternatives.group(2)),
                    Integer.parseInt(alternatives.group(3))) + ")";
        }
        return t;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Splits a script at semicolons that end a line outside quotes; {@code --} lines are comments. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (String line : script.split("\\R")) {
            if (!quoted && line.trim().startsWith("--")) {
                continue;
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\'') {
                    quoted = !quoted;
                }
                if (c == ';' && !quoted && line.substring(i + 1).isBlank()) {
                    statements.add(current.toString().strip());
                    current.setLength(0);
                    break;
                }
                current.append(c);
            }
            current.append('\n');
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
