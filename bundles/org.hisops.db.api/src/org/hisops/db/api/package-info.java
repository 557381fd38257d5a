/**
 * How HisOps reaches databases: endpoints (a site's Oracle, PostgreSQL and KingbaseES servers), the credentials
 * kept for them in secure storage, sessions that carry the safety rules for production systems (a bounded number
 * per endpoint, read-only for reading, a timeout on every connect and statement, cancellation), the problems a
 * connection or statement runs into (with what the user should do), SQL kept in resource files per engine and
 * version, and the SPI through which a bundle contributes a JDBC driver.
 * <p>
 * Capabilities use {@link org.hisops.db.api.DatabaseSessions}; they never open JDBC connections themselves.
 */
@org.osgi.annotation.versioning.Version("1.3.0")
package org.hisops.db.api;
