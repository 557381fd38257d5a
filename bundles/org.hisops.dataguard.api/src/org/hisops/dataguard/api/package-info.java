/**
 * The Data Guard / streaming-replication console's model, shared by Oracle Data Guard (10.2, 11.2) and
 * PostgreSQL/KingbaseES streaming replication: a site's systems as primary -> standbys ({@link SystemTopology}),
 * one lag model ({@link LagFigures}: RPO exposure in time and bytes, an RTO estimate, the figures' staleness), a
 * {@link Verdict} with translatable {@link Reason}s judged against per-site {@link LagThresholds}, switchover
 * {@link ReadinessLine}s, and the SPI ({@link ReplicationProvider}) through which a vendor adds an engine.
 * The {@link ReplicationMonitor} service polls the sites and keeps the lag history ({@link LagHistory})
 * and raises a {@link LagAlert} when a link's verdict changes.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.hisops.dataguard.api;
