/**
 * The copy engine of the migration area (数据迁移：异构复制): PostgreSQL -> PostgreSQL/KingbaseES and Oracle 10.2/11.2
 * -> PostgreSQL/KingbaseES. It translates the source's tables, keys, indexes, sequences, defaults and comments into
 * DDL for the target (a documented type mapping), streams the rows through PostgreSQL's COPY protocol with parallel
 * table workers within both endpoints' connection limits, resumes a table after its last committed batch, and
 * captures every row the target refuses with its reason. Headless: the UI and the command line use
 * {@link org.hisops.migration.copy.CopyService}.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.hisops.migration.copy;
