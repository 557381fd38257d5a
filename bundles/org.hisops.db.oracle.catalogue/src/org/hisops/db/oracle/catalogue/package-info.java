/**
 * What the Oracle Database Reference documents about the data dictionary, per release (10.2, 11.2): the views, their
 * columns and datatypes, and how completely each view was transcribed ({@link ViewStatus}). Oracle cannot run on the
 * machines HisOps is built on, so every Oracle statement is held against this catalogue
 * ({@link org.hisops.db.oracle.catalogue.OracleSqlValidator}) for each release it claims, and the emulated Oracle
 * builds its dictionary tables from it.
 * <p>
 * The data lives in the bundle's {@code catalogue/} folder: {@code oracle-<release>.tsv} (columns),
 * {@code status.tsv} (status per view and release, derived from {@code SOURCES.md}, which names the page each row
 * was read from).
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.hisops.db.oracle.catalogue;
