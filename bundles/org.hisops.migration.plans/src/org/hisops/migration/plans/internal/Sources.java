package org.hisops.migration.plans.internal;

/** The Oracle documents the plans follow, named as the DBA finds them. */
final class Sources {

    static final String UTIL_102 = "Oracle Database Utilities 10g Release 2 (10.2), B14215, ch. 2 \"Data Pump Export\"";
    static final String UTIL_112_IMPORT = "Oracle Database Utilities 11g Release 2 (11.2), E22490, ch. 3 \"Data Pump Import\"";
    static final String UTIL_112_EXPORT = "Oracle Database Utilities 11g Release 2 (11.2), E22490, ch. 2 \"Data Pump Export\"";
    static final String UTIL_112_COMPAT = "Oracle Database Utilities 11g Release 2 (11.2), E22490, ch. 1 \"Moving Data Between Different Database Releases\"";
    static final String UPGRADE_3 = "Oracle Database Upgrade Guide 11g Release 2 (11.2), E23633, ch. 3 \"Upgrading to the New Release\"";
    static final String UPGRADE_4 = "Oracle Database Upgrade Guide 11g Release 2 (11.2), E23633, ch. 4 \"After Upgrading to the New Release\"";
    static final String UPGRADE_A = "Oracle Database Upgrade Guide 11g Release 2 (11.2), E23633, App. A \"Behavior Changes\"";
    static final String UPGRADE_DP = "Oracle Database Upgrade Guide 11g Release 2 (11.2), E23633, ch. 7 \"Migrating Data Using Oracle Data Pump\"";
    static final String BACKUP_102 = "Oracle Database Backup and Recovery Basics 10g Release 2 (10.2), B14192, \"Backing Up the Database\"";
    static final String BACKUP_112 = "Oracle Database Backup and Recovery User's Guide 11g Release 2 (11.2), E10642, \"Restoring a Database on a New Host\"";
    static final String PLSQL_DP = "Oracle Database PL/SQL Packages and Types Reference 10g Release 2 (10.2), B14258, DBMS_DATAPUMP";
    static final String STATS = "Oracle Database PL/SQL Packages and Types Reference 11g Release 2 (11.2), E40758, DBMS_STATS.GATHER_SCHEMA_STATS";
    static final String HISOPS = "HisOps";

    private Sources() {
    }
}
