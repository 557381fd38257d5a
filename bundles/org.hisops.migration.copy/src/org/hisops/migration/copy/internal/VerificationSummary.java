package org.hisops.migration.copy.internal;

import java.util.ArrayList;
import java.util.List;

import org.hisops.migration.api.RowDifference;
import org.hisops.migration.api.TableResult;
import org.hisops.migration.api.TableStatus;
import org.hisops.migration.api.VerifyResult;

/** The one-line English summary of a copy's verification that the run keeps (logs, reports, the audit entry). */
final class VerificationSummary {

    /** Said whenever the source is the Oracle stand-in: what its verification can and cannot show. */
    static final String EMULATED = "emulated Oracle source: its checksums were computed by the stand-in (H2 in "
            + "Oracle mode, which emulates the SCN, AS OF SCN and the MD5 of DBMS_CRYPTO on data that never changes), "
            + "not by Oracle; from a real Oracle 10.2/11.2 source Oracle computes them itself";

    private VerificationSummary() {
    }

    static String of(VerifyResult result, boolean emulatedOracleSource) {
        List<String> parts = new ArrayList<>();
        int equal = 0;
        for (TableResult t : result.tables()) {
            if (t.status() == TableStatus.EQUAL) {
                equal++;
                continue;
            }
            if (t.status() == TableStatus.DIFFERENT) {
                long missing = t.differences().stream().filter(d -> d.kind() == RowDifference.Kind.MISSING_IN_TARGET)
                        .count();
                parts.add(t.pair().sourceTable() + " DIFFERENT: " + t.differencesFound() + " rows (" + missing
                        + " listed as missing in the target)");
            } else {
                parts.add(t.pair().sourceTable() + " " + t.status()
                        + (t.problem() == null ? "" : ": " + t.problem() + " " + oneLine(t.problemMessage())));
            }
        }
        StringBuilder s = new StringBuilder("verification ").append(result.runId()).append(' ')
                .append(result.worst()).append(": ").append(equal).append(" of ").append(result.tables().size())
                .append(" tables equal (checksum)");
        if (!parts.isEmpty()) {
            s.append("; ").append(String.join("; ", parts));
        }
        if (emulatedOracleSource) {
            s.append("; ").append(EMULATED);
        }
        return s.toString();
    }

    /** A server's message on one line: the summary is one line of the log. */
    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").strip();
    }
}
