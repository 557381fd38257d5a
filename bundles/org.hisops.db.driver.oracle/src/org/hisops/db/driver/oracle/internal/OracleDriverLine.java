package org.hisops.db.driver.oracle.internal;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

import org.hisops.db.api.ConnectRole;
import org.hisops.db.api.DbVersion;
import org.hisops.db.api.DriverProvider;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * One Oracle JDBC driver line. Both lines have the same class names, so each is loaded from its own bundle (the
 * wrapped Maven artifact) rather than imported: one bundle cannot import {@code oracle.jdbc} twice.
 */
abstract class OracleDriverLine implements DriverProvider {

    private final String driverBundle;
    private final String label;
    private volatile Driver driver;
    private BundleContext context;

    OracleDriverLine(String driverBundle, String label) {
        this.driverBundle = driverBundle;
        this.label = label;
    }

    void activate(BundleContext bundleContext) {
        context = bundleContext;
    }

    @Override
    public String description() {
        return label;
    }

    /** Whether this line supports the server version (known, or null when not known yet). */
    abstract boolean supports(DbVersion version);

    @Override
    public boolean accepts(Endpoint endpoint, DbVersion version) {
        return endpoint.engine() == Engine.ORACLE && !endpoint.emulated() && supports(version) && driver() != null;
    }

    @Override
    public Connection connect(Endpoint endpoint, char[] password, int connectTimeoutSeconds) throws SQLException {
        Driver d = driver();
        if (d == null) {
            throw new SQLException("the " + label + " bundle " + driverBundle + " is not installed");
        }
        Properties p = new Properties();
        p.setProperty("user", endpoint.user());
        p.setProperty("password", new String(password));
        if (endpoint.connectRole() != ConnectRole.NORMAL) {
            p.setProperty("internal_logon", endpoint.connectRole().name().toLowerCase(Locale.ROOT));
        }
        p.setProperty("oracle.net.CONNECT_TIMEOUT", Long.toString(connectTimeoutSeconds * 1000L));
        // A socket that stays silent well past the statement timeout is a dead network, not a slow query.
        p.setProperty("oracle.jdbc.ReadTimeout", Long.toString((endpoint.statementTimeoutSeconds() + 30L) * 1000L));
        p.setProperty("v$session.program", "HisOps");
        Connection connection = d.connect(url(endpoint), p);
        if (connection == null) {
            throw new SQLException("the driver did not accept the URL of endpoint " + endpoint.id());
        }
        return connection;
    }

    /** Thin URLs: host:port/service, host:port:SID, or a full descriptor. */
    static String url(Endpoint e) {
        return switch (e.addressKind()) {
            case SERVICE_NAME -> "jdbc:oracle:thin:@//" + e.host() + ":" + e.port() + "/" + e.address();
            case SID -> "jdbc:oracle:thin:@" + e.host() + ":" + e.port() + ":" + e.address();
            case DESCRIPTOR -> "jdbc:oracle:thin:@" + e.address();
            case DATABASE -> throw new IllegalArgumentException("an Oracle endpoint is reached by service name, SID or descriptor");
        };
    }

    /**
     * ORA-28040 (no matching authentication protocol) and protocol violations are what a driver says to a server
     * version it cannot talk to: the next driver line is tried then.
     */
    @Override
    public boolean versionMismatch(SQLException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("ORA-28040") || m.contains("ORA-17401") || m.contains("Protocol violation")
                    || (t instanceof SQLException s && (s.getErrorCode() == 28040 || s.getErrorCode() == 17401))) {
                return true;
            }
        }
        return false;
    }

    private Driver driver() {
        Driver d = driver;
        if (d == null && context != null) {
            for (Bundle bundle : context.getBundles()) {
                if (driverBundle.equals(bundle.getSymbolicName()) && (bundle.getState() & Bundle.UNINSTALLED) == 0) {
                    try {
                        d = (Driver) bundle.loadClass("oracle.jdbc.OracleDriver").getConstructor().newInstance();
                        driver = d;
                    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                        return null; // reported as "no driver" by the broker
                    }
                }
            }
        }
        return d;
    }
}
