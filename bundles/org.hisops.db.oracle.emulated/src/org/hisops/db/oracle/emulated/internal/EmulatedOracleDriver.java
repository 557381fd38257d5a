package org.hisops.db.oracle.emulated.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hisops.db.api.DbVersion;
import org.hisops.db.api.DriverProvider;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.db.oracle.catalogue.OracleCatalogue;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The emulated Oracle ("stand-in"): Oracle cannot run where HisOps is built and tested, so endpoints that name an
 * emulated scenario ({@link Endpoint#emulation()}) reach an in-memory H2 database in Oracle mode whose dictionary
 * tables come from the Oracle catalogue for the scenario's release. Logging in follows the scenario's data the way
 * an Oracle listener and instance would answer (ORA-01017, ORA-28000, ORA-12514, ORA-01033, ORA-01031, and the
 * thin driver's I/O error when nothing listens). Ranked above the real drivers, which refuse emulated endpoints.
 */
@Component(service = DriverProvider.class, property = "service.ranking:Integer=100")
public class EmulatedOracleDriver implements DriverProvider {

    private static final Pattern DESCRIPTOR_SERVICE = Pattern.compile("(?i)\\(\\s*SERVICE_NAME\\s*=\\s*([^)\\s]+)\\s*\\)");
    private static final Pattern DESCRIPTOR_SID = Pattern.compile("(?i)\\(\\s*SID\\s*=\\s*([^)\\s]+)\\s*\\)");

    private final OracleCatalogue catalogue = OracleCatalogue.load();
    private final org.h2.Driver h2 = new org.h2.Driver();

    @Override
    public String description() {
        return "Emulated Oracle (H2 " + h2.getMajorVersion() + "." + h2.getMinorVersion() + " in Oracle mode)";
    }

    @Override
    public boolean accepts(Endpoint endpoint, DbVersion version) {
        return endpoint.engine() == Engine.ORACLE && endpoint.emulated();
    }

    @Override
    public Connection connect(Endpoint endpoint, char[] password, int connectTimeoutSeconds) throws SQLException {
        Scenario scenario;
        try {
            scenario = Scenario.load(endpoint.emulation());
        } catch (IllegalArgumentException e) {
            throw new SQLException(e.getMessage(), "08001", 0);
        }
        return login(scenario, endpoint, password);
    }

    /** The scenario's version, as V$INSTANCE reports it. */
    @Override
    public DbVersion serverVersion(Connection connection) throws SQLException {
        EmulatedSession session = EmulatedSession.of(connection);
        return session != null ? session.scenario().version() : DriverProvider.super.serverVersion(connection);
    }

    @Deactivate
    void deactivate() {
        EmulatedDatabase.shutdownAll();
    }

    /** The checks of an Oracle listener and instance, in the order they answer a client. */
    private Connection login(Scenario scenario, Endpoint endpoint, char[] password) throws SQLException {
        if (scenario.state() == Scenario.State.DOWN) {
            throw OracleError.NETWORK_ADAPTER.exception();
        }
        checkService(scenario, endpoint);
        boolean administrative = endpoint.connectRole() != org.hisops.db.api.ConnectRole.NORMAL;
        Scenario.State state = RoleTransitions.state(scenario);
        if (state == Scenario.State.DOWN) {
            throw OracleError.NETWORK_ADAPTER.exception();
        }
        boolean mounted = state == Scenario.State.MOUNTED;
        // A normal login needs an open database; the instance says so before it looks at the password.
        if (state == Scenario.State.STARTING || mounted && !administrative) {
            throw OracleError.STARTING_OR_MOUNTED.exception();
        }
        Scenario.Account account = scenario.accounts().get(String.valueOf(endpoint.user()).toUpperCase(Locale.ROOT));
        if (account == null || !scenario.passwordMatches(account, password)) {
            throw OracleError.WRONG_PASSWORD.exception();
        }
        EmulatedDatabase.Reader reader = switch (endpoint.connectRole()) {
            case NORMAL -> {
                if (account.locked()) {
                    throw OracleError.ACCOUNT_LOCKED.exception();
                }
                yield account.catalogRole() ? EmulatedDatabase.Reader.CATALOG : EmulatedDatabase.Reader.PUBLIC;
            }
            // Password-file logins: a locked account may still connect AS SYSDBA, one not in the file may not.
            case SYSDBA -> {
                if (!account.sysdba()) {
                    throw OracleError.INSUFFICIENT_PRIVILEGES.exception();
                }
                yield mounted ? EmulatedDatabase.Reader.FIXED : EmulatedDatabase.Reader.SYSDBA;
            }
            case SYSOPER -> {
                if (!account.sysoper()) {
                    throw OracleError.INSUFFICIENT_PRIVILEGES.exception();
                }
                yield mounted ? EmulatedDatabase.Reader.FIXED : EmulatedDatabase.Reader.PUBLIC;
            }
        };
        EmulatedDatabase database = EmulatedDatabase.of(scenario, catalogue);
        return EmulatedSession.open(scenario, account.user(), mounted, database.open(reader), catalogue,
                endpoint.connectRole() == org.hisops.db.api.ConnectRole.SYSDBA);
    }

    private static void checkService(Scenario scenario, Endpoint endpoint) throws SQLException {
        String address = String.valueOf(endpoint.address());
        switch (endpoint.addressKind()) {
            case SERVICE_NAME -> {
                if (!scenario.knowsService(address)) {
                    throw OracleError.UNKNOWN_SERVICE.exception();
                }
            }
            case SID -> {
                if (!scenario.knowsSid(address)) {
                    throw OracleError.UNKNOWN_SID.exception();
                }
            }
            case DESCRIPTOR -> {
                Matcher service = DESCRIPTOR_SERVICE.matcher(address);
                Matcher sid = DESCRIPTOR_SID.matcher(address);
                if (service.find()) {
                    if (!scenario.knowsService(service.group(1))) {
                        throw OracleError.UNKNOWN_SERVICE.exception();
                    }
                } else if (!sid.find() || !scenario.knowsSid(sid.group(1))) {
                    throw OracleError.UNKNOWN_SID.exception();
                }
            }
            case DATABASE -> throw new SQLException("an Oracle endpoint is reached by service name, SID or descriptor",
                    "08001", 0);
        }
    }

}
