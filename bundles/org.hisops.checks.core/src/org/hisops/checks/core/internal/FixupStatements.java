package org.hisops.checks.core.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * Findings give fixups as a DBA types them in SQL*Plus. Over JDBC a {@code EXECUTE p} is sent as the anonymous block
 * SQL*Plus makes of it; a script ({@code @?/rdbms/admin/utlrp.sql}), a comment (a decision left to the DBA) or a
 * SQL*Plus command cannot be sent at all, so such a fixup is shown only.
 */
final class FixupStatements {

    private FixupStatements() {
    }

    /** The statement as JDBC must send it, or empty when only SQL*Plus (or the DBA) can run it. */
    static Optional<String> jdbc(String shown) {
        String s = shown.strip();
        while (s.endsWith(";") && !s.toUpperCase(Locale.ROOT).endsWith("END;")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        String upper = s.toUpperCase(Locale.ROOT);
        if (s.isEmpty() || s.startsWith("@") || s.startsWith("--") || s.startsWith("/*") || upper.startsWith("START ")
                || upper.startsWith("SHUTDOWN") || upper.startsWith("STARTUP") || upper.startsWith("HOST ")) {
            return Optional.empty();
        }
        for (String exec : new String[] { "EXECUTE ", "EXEC " }) {
            if (upper.startsWith(exec)) {
                return Optional.of("BEGIN " + s.substring(exec.length()).strip() + "; END;");
            }
        }
        return Optional.of(s);
    }
}
