package org.hisops.db.oracle.emulated.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Locale;

import org.hisops.db.oracle.catalogue.OracleCatalogue;

/**
 * The two maintenance statements of the upgrade fixups that the emulated Oracle (emulated, not Oracle) carries out:
 * {@code PURGE DBA_RECYCLEBIN} empties DBA_RECYCLEBIN, and the block HisOps sends for
 * {@code EXECUTE DBMS_STATS.GATHER_DICTIONARY_STATS} sets LAST_ANALYZED of the SYS and SYSTEM tables. Both need
 * SYSDBA here, as PURGE DBA_RECYCLEBIN does in 10.2 (gathering dictionary statistics could also be granted through
 * ANALYZE ANY DICTIONARY, which the scenarios' accounts do not hold). Any other PL/SQL stays refused.
 */
final class Maintenance {

    private static final String PURGE = "PURGE DBA_RECYCLEBIN";
    private static final String DICTIONARY_STATS = "BEGIN DBMS_STATS.GATHER_DICTIONARY_STATS; END";

    private Maintenance() {
    }

    private static String normalize(String sql) {
        return StatementKind.withoutCommentsAndLiterals(sql).strip().replaceAll(";$", "").replaceAll("\\s+", " ")
                .replace(" ;", ";").replace("()", "").toUpperCase(Locale.ROOT);
    }

    static boolean handles(String sql) {
        String t = normalize(sql);
        return t.equals(PURGE) || t.equals(DICTIONARY_STATS);
    }

    static void apply(Scenario scenario, OracleCatalogue catalogue, boolean sysdba, boolean readOnly, String sql)
            throws SQLException {
        if (readOnly) {
            throw OracleError.READ_ONLY_TRANSACTION.exception();
        }
        if (!sysdba) {
            throw OracleError.INSUFFICIENT_PRIVILEGES.exception();
        }
        try (Connection c = EmulatedDatabase.of(scenario, catalogue).admin()) {
            if (normalize(sql).equals(PURGE)) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM DBA_RECYCLEBIN");
                }
            } else {
                LocalDateTime now = scenario.clock() != null ? scenario.clock() : LocalDateTime.now();
                try (PreparedStatement s = c.prepareStatement(
                        "UPDATE DBA_TABLES SET LAST_ANALYZED = ? WHERE OWNER IN ('SYS', 'SYSTEM')")) {
                    s.setTimestamp(1, Timestamp.valueOf(now.withNano(0)));
                    s.executeUpdate();
                }
            }
        }
    }
}
