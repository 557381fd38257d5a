package org.hisops.db.oracle.emulated.internal;

import java.time.LocalDateTime;
import java.util.List;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.hisops.db.api.DbVersion;

/**
 * One emulated Oracle server, read from {@code scenarios/<name>/scenario.properties} of this bundle: its version
 * and banner, what state it is in, the services its listener knows and its accounts. A scenario may name a
 * {@code base} scenario: it then takes the base's properties (its own override them) and the base's data.
 *
 * @param name the scenario name, as {@code Endpoint.emulation()} gives it
 * @param version the exact server version (V$INSTANCE.VERSION)
 * @param banner the first V$VERSION line, as JDBC metadata reports it
 * @param state what a client meets
 * @param services service names the listener knows (upper case)
 * @param sids SIDs the listener knows (upper case)
 * @param accounts by user name (upper case)
 * @param dataScenario the scenario whose database this is: its base's when it has no data of its own, else itself
 * @param dataLayers the scenarios whose data.sql and not-in-catalogue.tsv build the database, base first: a scenario
 *            with a base and a data.sql of its own changes the base's rows (INSERT, UPDATE, DELETE) in a database of
 *            its own
 * @param clock the emulated server's clock, frozen at this moment ({@code clock = 2024-10-21 09:44:15}), so that
 *            figures computed against SYSDATE are the same in every run; null for the real clock
 * @param partner the other database of a Data Guard pair ({@code dataguard.partner}), which a role transition
 *            changes too; empty when the scenario is not one of a pair
 */
record Scenario(String name, DbVersion version, String banner, State state, Set<String> services, Set<String> sids,
        Map<String, Account> accounts, String dataScenario, List<String> dataLayers, LocalDateTime clock,
        String partner) {

    /** What the emulated server is doing. */
    enum State {
        /** Open read write (or read only): everyone with an account logs in. */
        OPEN,
        /** Mounted, not open (a physical standby under redo apply): only SYSDBA/SYSOPER, only V$ views answer. */
        MOUNTED,
        /** Between shutdown and open: every login gets ORA-01033. */
        STARTING,
        /** The listener does not answer: the connection is refused. */
        DOWN
    }

    /**
     * An account of the emulated database.
     *
     * @param catalogRole holds SELECT_CATALOG_ROLE (reads V$ and DBA_ views)
     * @param sysdba may connect AS SYSDBA (is in the password file)
     * @param sysoper may connect AS SYSOPER
     */
    record Account(String user, String password, boolean locked, boolean catalogRole, boolean sysdba, boolean sysoper) {
    }

    static final String FOLDER = "scenarios/";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** Reads a scenario of this bundle; a name that is not a scenario gives an IllegalArgumentException. */
    static Scenario load(String name) {
        Properties own = properties(name);
        String base = own.getProperty("base");
        Properties merged = new Properties();
        String dataScenario = name;
        List<String> layers = List.of(name);
        if (base != null) {
            Scenario parent = load(base.trim()); // validates the base on its own
            merged.putAll(inherited(base.trim())); // a base may have a base of its own
            merged.remove("base");
            dataScenario = parent.dataScenario;
            layers = parent.dataLayers;
            if (text(FOLDER + name + "/data.sql") != null) {
                dataScenario = name;
                layers = new java.util.ArrayList<>(parent.dataLayers);
                layers.add(name);
            }
            String version = own.getProperty("version");
            if (version != null && !DbVersion.parse(version).equals(parent.version)) {
                throw new IllegalArgumentException(name + ": a scenario shares its base's data, so not its version");
            }
        }
        merged.putAll(own);
        return of(name, merged, dataScenario, List.copyOf(layers));
    }

    private static Scenario of(String name, Properties p, String dataScenario, List<String> layers) {
        String where = FOLDER + name + "/scenario.properties";
        DbVersion version = DbVersion.parse(required(p, "version", where));
        String banner = required(p, "banner", where);
        State state;
        try {
            state = State.valueOf(required(p, "state", where).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": state is one of " + Arrays.toString(State.values()));
        }
        Map<String, Account> accounts = new LinkedHashMap<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            if (key.startsWith("account.") && key.endsWith(".password")) {
                String user = key.substring("account.".length(), key.length() - ".password".length());
                String prefix = "account." + user + ".";
                accounts.put(user.toUpperCase(Locale.ROOT), new Account(user.toUpperCase(Locale.ROOT),
                        p.getProperty(key), flag(p, prefix + "locked"), flag(p, prefix + "catalog-role"),
                        flag(p, prefix + "sysdba"), flag(p, prefix + "sysoper")));
            }
        }
        LocalDateTime clock = null;
        String clockText = p.getProperty("clock");
        if (clockText != null && !clockText.isBlank()) {
            try {
                clock = LocalDateTime.parse(clockText.trim().replace(' ', 'T'));
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException(where + ": clock is written 2024-10-21 09:44:15");
            }
        }
        return new Scenario(name, version, banner, state, list(p.getProperty("services")), list(p.getProperty("sids")),
                Map.copyOf(accounts), dataScenario, layers, clock, p.getProperty("dataguard.partner", "").trim());
    }

    /** Whether the listener knows this service name or SID (the listener compares without regard to case). */
    boolean knowsService(String service) {
        return services.contains(service.toUpperCase(Locale.ROOT));
    }

    boolean knowsSid(String sid) {
        return sids.contains(sid.toUpperCase(Locale.ROOT));
    }

    /** Oracle 10g compares passwords without regard to case; 11g does by default (SEC_CASE_SENSITIVE_LOGON). */
    boolean passwordMatches(Account account, char[] password) {
        char[] expected = account.password.toCharArray();
        if (expected.length != password.length) {
            return false;
        }
        boolean caseSensitive = version.major() >= 11;
        for (int i = 0; i < expected.length; i++) {
            char a = expected[i];
            char b = password[i];
            if (caseSensitive ? a != b : Character.toUpperCase(a) != Character.toUpperCase(b)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A data file of the scenario's database: the layers' files one after the other (base first), or null when no
     * layer has one. A TSV's header line is kept once.
     */
    String dataFile(String file) {
        StringBuilder all = null;
        for (String layer : dataLayers) {
            String t = text(FOLDER + layer + "/" + file);
            if (t == null) {
                continue;
            }
            if (all == null) {
                all = new StringBuilder(t);
            } else {
                if (file.endsWith(".tsv")) {
                    int eol = t.indexOf('\n');
                    t = eol < 0 ? "" : t.substring(eol + 1);
                }
                all.append(all.isEmpty() || all.charAt(all.length() - 1) == '\n' ? "" : "\n").append(t);
            }
        }
        return all == null ? null : all.toString();
    }

    /** A scenario's properties over those of its bases, nearest last. */
    private static Properties inherited(String name) {
        Properties own = properties(name);
        Properties merged = new Properties();
        String base = own.getProperty("base");
        if (base != null) {
            merged.putAll(inherited(base.trim()));
        }
        merged.putAll(own);
        return merged;
    }

    private static Properties properties(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an emulated scenario name: '" + name + "'");
        }
        String text = text(FOLDER + name + "/scenario.properties");
        if (text == null) {
            throw new IllegalArgumentException("no emulated scenario '" + name + "'");
        }
        Properties p = new Properties();
        try {
            p.load(new java.io.StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** A resource of this bundle (its root is on the class path, in OSGi and out of it). */
    static String text(String path) {
        try (InputStream in = Scenario.class.getResourceAsStream("/" + path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    private static String required(Properties p, String key, String where) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(where + ": '" + key + "' is required");
        }
        return value.trim();
    }

    private static boolean flag(Properties p, String key) {
        return Boolean.parseBoolean(p.getProperty(key, "false").trim());
    }

    private static Set<String> list(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
