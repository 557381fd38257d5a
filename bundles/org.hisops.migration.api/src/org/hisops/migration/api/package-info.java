/**
 * Data verification between two databases (issue 6, the first step of migration): the request (table pairs,
 * mode, normalisation rules), the per-table results with the differing rows, the repair script, its application ({@link org.hisops.migration.api.Repairs}, since 1.1) and the
 * {@link org.hisops.migration.api.Verifications} service. Engines: Oracle 10.2/11.2, PostgreSQL, KingbaseES in any
 * pairing. The canonical form that both sides hash is described in docs/migration.md.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.hisops.migration.api;
