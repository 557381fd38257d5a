package org.hisops.db.api;

import java.sql.Connection;
import java.sql.SQLException;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * SPI: a bundle that brings a JDBC driver registers one as a DS service. {@link DatabaseSessions} asks the
 * providers (highest service ranking first) which accepts an endpoint and its version, and tries the next one
 * when a driver reports it cannot talk to that server version.
 */
@ConsumerType
public interface DriverProvider {

    /** A short name for messages and the About dialog, e.g. "Oracle JDBC 19.29 (11.2 and later)". */
    String description();

    /**
     * Whether this driver can reach the endpoint. {@code version} is the declared or last detected server version,
     * or {@code null} when unknown (then accept if the driver might).
     */
    boolean accepts(Endpoint endpoint, DbVersion version);

    /**
     * Opens a connection within {@code connectTimeoutSeconds}. Must not put the password into a URL, a property
     * that is logged, or an exception message.
     */
    Connection connect(Endpoint endpoint, char[] password, int connectTimeoutSeconds) throws SQLException;

    /**
     * The server's version as this connection reports it. The default reads the JDBC metadata's product version
     * (for Oracle the banner, e.g. "... Release 11.2.0.4.0 - 64bit Production").
     */
    default DbVersion serverVersion(Connection connection) throws SQLException {
        return DbVersion.parse(connection.getMetaData().getDatabaseProductVersion());
    }

    /** Whether the failure means "this driver cannot talk to this server version" (then the next driver is tried). */
    default boolean versionMismatch(SQLException failure) {
        return false;
    }
}
