package org.hisops.inspection.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hisops.checks.api.CheckResult;
import org.hisops.checks.api.CheckStatus;
import org.hisops.checks.api.Finding;
import org.hisops.checks.api.Severity;
import org.hisops.inspection.api.ChangeKind;
import org.hisops.inspection.api.CheckOutcome;
import org.hisops.inspection.api.FindingChange;
import org.hisops.inspection.api.InspectionRun;
import org.hisops.inspection.api.ManualAnswer;
import org.hisops.inspection.api.RunComparison;
import org.junit.jupiter.api.Test;

/** The month-to-month comparison, on runs built by hand so that each kind of change is pinned down. */
class RunComparisonsTest {

    private static CheckOutcome outcome(String check, Finding... findings) {
        return new CheckOutcome("his", "inspection.oracle", new CheckResult(check,
                findings.length == 0 ? CheckStatus.PASS : CheckStatus.FINDING, null, List.of(findings), null, null,
                null, null, null, Duration.ZERO), Instant.EPOCH);
    }

    private static InspectionRun run(long id, List<CheckOutcome> outcomes, Map<String, ManualAnswer> answers) {
        return new InspectionRun(id, "site", "inspection.oracle.monthly", List.of("his"), "Wang", Instant.EPOCH, null,
                null, outcomes, answers);
    }

    @Test
    void newResolvedWorseAndBetterAreTold() {
        Finding dataOctober = Finding.of(Severity.WARNING, "finding.tablespace.full", "HIS_DATA", "HIS_DATA", 88);
        Finding dataNovember = Finding.of(Severity.ERROR, "finding.tablespace.full", "HIS_DATA", "HIS_DATA", 97);
        Finding indexOctober = Finding.of(Severity.ERROR, "finding.tablespace.full", "HIS_INDEX", "HIS_INDEX", 96);
        Finding indexNovember = Finding.of(Severity.WARNING, "finding.tablespace.full", "HIS_INDEX", "HIS_INDEX", 88);
        Finding users = Finding.of(Severity.WARNING, "finding.tablespace.full", "USERS", "USERS", 90);
        Finding invalid = Finding.of(Severity.WARNING, "finding.invalid.objects", "HIS.VIEW", "HIS", "VIEW", 1, "V");
        Finding size = Finding.of(Severity.INFO, "finding.archive.generation", "archive", 9216, 7680, "10");
        InspectionRun october = run(1, List.of(outcome("ora.insp.tablespaces", dataOctober, indexOctober, users),
                outcome("ora.insp.invalid.objects", invalid), outcome("ora.insp.archive.generation", size)),
                Map.of("ups.status", ManualAnswer.passFail("ups.status", false, "battery alarm")));
        InspectionRun november = run(2, List.of(outcome("ora.insp.tablespaces", dataNovember, indexNovember),
                outcome("ora.insp.archive.generation", size)),
                Map.of("ups.status", ManualAnswer.passFail("ups.status", true, ""),
                        "room.temperature", new ManualAnswer("room.temperature", 31.0, false, "AC off", null)));

        RunComparison c = RunComparisons.compare(november, october, null);
        assertEquals(1, c.previousRunId());
        assertEquals(1, c.count(ChangeKind.NEW));
        assertEquals(1, c.count(ChangeKind.WORSE));
        assertEquals(1, c.count(ChangeKind.BETTER));
        // USERS and the UPS: resolved; the invalid objects were not looked at this month, so they are not resolved
        assertEquals(2, c.count(ChangeKind.RESOLVED));
        FindingChange worse = c.changes().stream().filter(x -> x.kind() == ChangeKind.WORSE).findFirst().orElseThrow();
        assertEquals("HIS_DATA", worse.subject());
        assertEquals(dataOctober, worse.before());
        assertEquals(dataNovember, worse.after());
        FindingChange added = c.changes().get(0);
        assertEquals(ChangeKind.NEW, added.kind());
        assertEquals("room.temperature", added.itemId());
        assertEquals("", added.endpointId());
        assertEquals(List.of("room.temperature", "31.0", "", "AC off"), added.after().arguments());
        assertEquals("HIS_INDEX", c.changes().stream().filter(x -> x.kind() == ChangeKind.BETTER).findFirst()
                .orElseThrow().subject());

        RunComparison first = RunComparisons.compare(october, null, null);
        assertEquals(0, first.previousRunId());
        assertEquals(5, first.count(ChangeKind.NEW)); // INFO measurements are not changes
    }
}
