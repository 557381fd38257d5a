package org.hisops.db.api;

import java.util.Objects;

/**
 * One database server of a site as HisOps reaches it. Holds no password: that lives in secure storage only
 * ({@link CredentialStore}).
 *
 * @param id stable id, unique in the installation
 * @param siteId the site the endpoint belongs to
 * @param name the name users know it by, e.g. "HIS 主库"
 * @param system the hospital system it serves: HIS, EMR, LIS, PACS, ... (free text, upper case by convention)
 * @param engine the database product
 * @param host host name or address (informational for a {@link AddressKind#DESCRIPTOR})
 * @param port listener port
 * @param addressKind how {@code address} names the database
 * @param address service name, SID, connect descriptor or database name
 * @param user the account HisOps connects as
 * @param connectRole NORMAL, SYSDBA or SYSOPER (Oracle)
 * @param roleHint primary or standby, as the administrator declares it
 * @param declaredVersion the server version if declared (e.g. "10.2.0.5"), or {@code null} to detect it; it
 *            chooses the driver before a first connection has told the real version
 * @param connectionLimit sessions HisOps may hold on this server at once (default 2), whatever runs
 * @param connectTimeoutSeconds how long a connection attempt may take
 * @param statementTimeoutSeconds how long any statement may run before it is cancelled
 * @param emulation for the Oracle stand-in only: the emulated scenario this endpoint connects to, else {@code null}
 */
public record Endpoint(String id, String siteId, String name, String system, Engine engine, String host, int port,
        AddressKind addressKind, String address, String user, ConnectRole connectRole, RoleHint roleHint,
        String declaredVersion, int connectionLimit, int connectTimeoutSeconds, int statementTimeoutSeconds,
        String emulation) {

    public static final int DEFAULT_CONNECTION_LIMIT = 2;
    public static final int DEFAULT_CONNECT_TIMEOUT = 10;
    public static final int DEFAULT_STATEMENT_TIMEOUT = 60;

    public Endpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(addressKind, "addressKind");
        connectRole = connectRole == null ? ConnectRole.NORMAL : connectRole;
        roleHint = roleHint == null ? RoleHint.UNKNOWN : roleHint;
        if (connectionLimit < 1) {
            throw new IllegalArgumentException("connection limit must be at least 1: " + connectionLimit);
        }
        if (connectTimeoutSeconds < 1 || statementTimeoutSeconds < 1) {
            throw new IllegalArgumentException("timeouts must be at least one second");
        }
    }

    /** An endpoint with the default limit and timeouts. */
    public static Endpoint of(String id, String siteId, String name, String system, Engine engine, String host,
            int port, AddressKind addressKind, String address, String user) {
        return new Endpoint(id, siteId, name, system, engine, host, port, addressKind, address, user,
                ConnectRole.NORMAL, RoleHint.UNKNOWN, null, DEFAULT_CONNECTION_LIMIT, DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_STATEMENT_TIMEOUT, null);
    }

    public Endpoint withConnectRole(ConnectRole role) {
        return new Endpoint(id, siteId, name, system, engine, host, port, addressKind, address, user, role, roleHint,
                declaredVersion, connectionLimit, connectTimeoutSeconds, statementTimeoutSeconds, emulation);
    }

    public Endpoint withRoleHint(RoleHint hint) {
        return new Endpoint(id, siteId, name, system, engine, host, port, addressKind, address, user, connectRole,
                hint, declaredVersion, connectionLimit, connectTimeoutSeconds, statementTimeoutSeconds, emulation);
    }

    public Endpoint withDeclaredVersion(String version) {
        return new Endpoint(id, siteId, name, system, engine, host, port, addressKind, address, user, connectRole,
                roleHint, version, connectionLimit, connectTimeoutSeconds, statementTimeoutSeconds, emulation);
    }

    public Endpoint withLimits(int connections, int connectTimeout, int statementTimeout) {
        return new Endpoint(id, siteId, name, system, engine, host, port, addressKind, address, user, connectRole,
                roleHint, declaredVersion, connections, connectTimeout, statementTimeout, emulation);
    }

    public Endpoint withEmulation(String scenario) {
        return new Endpoint(id, siteId, name, system, engine, host, port, addressKind, address, user, connectRole,
                roleHint, declaredVersion, connectionLimit, connectTimeoutSeconds, statementTimeoutSeconds, scenario);
    }

    /** Whether this endpoint reaches the Oracle stand-in rather than a real server. */
    public boolean emulated() {
        return emulation != null;
    }
}
