package org.hisops.db.driver.pgjdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.hisops.db.api.AddressKind;
import org.hisops.db.api.DriverProvider;
import org.hisops.db.api.DbVersion;
import org.hisops.db.api.Endpoint;
import org.osgi.service.component.annotations.Component;

/**
 * pgjdbc for PostgreSQL and for KingbaseES in its PostgreSQL-compatible mode. A KingbaseES driver bundle of the
 * vendor's, registered with a higher service ranking, takes KingbaseES endpoints over.
 */
@Component(service = DriverProvider.class, property = "service.ranking:Integer=10")
public class PgjdbcDriver implements DriverProvider {

    private final org.postgresql.Driver driver = new org.postgresql.Driver();

    @Override
    public String description() {
        return "PostgreSQL JDBC " + org.postgresql.util.DriverInfo.DRIVER_VERSION;
    }

    @Override
    public boolean accepts(Endpoint endpoint, DbVersion version) {
        return endpoint.engine().postgresFamily() && endpoint.addressKind() == AddressKind.DATABASE;
    }

    @Override
    public Connection connect(Endpoint endpoint, char[] password, int connectTimeoutSeconds) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", endpoint.user());
        p.setProperty("password", new String(password));
        p.setProperty("connectTimeout", Integer.toString(connectTimeoutSeconds));
        p.setProperty("loginTimeout", Integer.toString(connectTimeoutSeconds));
        // A socket that stays silent well past the statement timeout is a dead network, not a slow query.
        p.setProperty("socketTimeout", Integer.toString(endpoint.statementTimeoutSeconds() + 30));
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("ApplicationName", "HisOps");
        Connection connection = driver.connect(
                "jdbc:postgresql://" + endpoint.host() + ":" + endpoint.port() + "/" + endpoint.address(), p);
        if (connection == null) {
            throw new SQLException("pgjdbc did not accept the URL of endpoint " + endpoint.id());
        }
        return connection;
    }
}
