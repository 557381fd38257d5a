package org.hisops.assessment.data.core.internal;

import java.util.Set;

/** Schemas the engine maintains itself: not application data, left out unless asked for by name. */
final class OracleSchemas {

    private OracleSchemas() {
    }

    private static final Set<String> ORACLE = Set.of("SYS", "SYSTEM", "SYSMAN", "DBSNMP", "OUTLN", "MDSYS", "ORDSYS",
            "ORDDATA", "ORDPLUGINS", "CTXSYS", "XDB", "WMSYS", "EXFSYS", "OLAPSYS", "DMSYS", "TSMSYS", "MGMT_VIEW",
            "SI_INFORMTN_SCHEMA", "ANONYMOUS", "XS$NULL", "APEX_030200", "APEX_PUBLIC_USER", "FLOWS_FILES",
            "FLOWS_030000", "OWBSYS", "OWBSYS_AUDIT", "SPATIAL_CSW_ADMIN_USR", "SPATIAL_WFS_ADMIN_USR", "MDDATA",
            "ORACLE_OCM", "DIP", "PERFSTAT", "APPQOSSYS", "AUDSYS", "LBACSYS", "DVSYS");

    static boolean maintained(String owner) {
        return ORACLE.contains(owner);
    }
}
