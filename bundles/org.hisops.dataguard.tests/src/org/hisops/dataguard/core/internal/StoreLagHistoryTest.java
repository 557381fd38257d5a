package org.hisops.dataguard.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.hisops.dataguard.api.LagAlert;
import org.hisops.dataguard.api.LagFigures;
import org.hisops.dataguard.api.LagSample;
import org.hisops.dataguard.api.Reason;
import org.hisops.dataguard.api.Verdict;
import org.hisops.platform.api.EmbeddedStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The lag history and alerts in the real embedded store (H2 of the platform): what is appended comes back after a
 * restart of the history, old samples are pruned, and while the store is away samples wait in memory, are still
 * read, and are written when it comes back. Each test uses standbys of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreLagHistoryTest {

    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant OLD = Instant.parse("2020-01-01T00:00:00Z");
    private EmbeddedStore store;
    private final Bundle core = FrameworkUtil.getBundle(SitePoller.class);
    private final List<String> warnings = new ArrayList<>();

    @BeforeAll
    void services() throws InterruptedException {
        store = Services.get(EmbeddedStore.class);
    }

    private static LagSample sample(String standby, Instant at, long unshipped, Verdict verdict) {
        return new LagSample("site", standby, at, new LagFigures(Duration.ofMillis(1500), unshipped, null, 0L,
                Duration.ZERO, Duration.ofSeconds(10), Duration.ofSeconds(1)), verdict, true);
    }

    @Test
    void samplesAndAlertsSurviveARestartWithTheirFiguresAndUnknowns() {
        String standby = "restart-" + UUID.randomUUID();
        try (StoreLagHistory history = new StoreLagHistory(() -> store, core, warnings::add)) {
            for (int i = 0; i < 1200; i++) { // more than one batch
                history.append(sample(standby, T0.plusSeconds(5L * i), i, i < 1000 ? Verdict.NORMAL : Verdict.WARNING));
            }
            history.append(new LagAlert("site-" + standby, "HIS", standby, T0.plusSeconds(5000), 7, Verdict.NORMAL,
                    Verdict.WARNING, List.of(Reason.of(Verdict.WARNING, "reason.unshipped.warning", 1000L, 16777216L),
                            Reason.of(Verdict.WARNING, "reason.pg.not.streaming", "catchup"))));
        }
        try (StoreLagHistory again = new StoreLagHistory(() -> store, core, warnings::add)) {
            assertEquals(0, again.waiting());
            List<LagSample> samples = again.samples(standby, T0.plusSeconds(5 * 1000));
            assertEquals(200, samples.size());
            LagSample first = samples.get(0);
            assertEquals(T0.plusSeconds(5000), first.at());
            assertEquals(1000L, first.figures().unshippedBytes());
            assertEquals(Duration.ofMillis(1500), first.figures().transportLag());
            assertNull(first.figures().applyLag(), "unknown stays unknown, not zero");
            assertEquals(Duration.ofSeconds(10), first.figures().startup());
            assertEquals(Verdict.WARNING, first.verdict());

            List<LagAlert> alerts = again.alerts("site-" + standby, T0);
            assertEquals(1, alerts.size());
            LagAlert alert = alerts.get(0);
            assertEquals(Verdict.NORMAL, alert.from());
            assertEquals(Verdict.WARNING, alert.to());
            assertEquals("HIS", alert.system());
            assertEquals(List.of(1000L, 16777216L), alert.reasons().get(0).args());
            assertEquals(List.of("catchup"), alert.reasons().get(1).args());
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void pruneDropsWhatIsOlderThanTheCut() {
        // Long before the other tests' samples: the cut deletes every standby's older rows.
        String standby = "prune-" + UUID.randomUUID();
        try (StoreLagHistory history = new StoreLagHistory(() -> store, core, warnings::add)) {
            for (int i = 0; i < 30; i++) {
                history.append(sample(standby, OLD.plus(Duration.ofHours(i)), i, Verdict.NORMAL));
            }
            history.flush();
            history.prune(OLD.plus(Duration.ofHours(29)).minus(StoreLagHistory.KEPT));
            history.flush();
            List<LagSample> kept = history.samples(standby, Instant.EPOCH);
            assertEquals(25, kept.size(), "24 hours back from the newest, both ends included");
            assertEquals(OLD.plus(Duration.ofHours(5)), kept.get(0).at());
        }
    }

    @Test
    void withoutTheStoreSamplesWaitInMemoryAndAreWrittenWhenItComes() {
        String standby = "absent-" + UUID.randomUUID();
        AtomicReference<EmbeddedStore> now = new AtomicReference<>();
        try (StoreLagHistory history = new StoreLagHistory(now::get, core, warnings::add)) {
            history.append(sample(standby, T0, 1, Verdict.NORMAL));
            history.append(sample(standby, T0.plusSeconds(5), 2, Verdict.ERROR));
            history.flush();
            assertEquals(2, history.waiting());
            assertEquals(List.of(1L, 2L), history.samples(standby, Instant.EPOCH).stream()
                    .map(s -> s.figures().unshippedBytes()).toList(), "read from memory meanwhile");

            now.set(store);
            history.flush();
            assertEquals(0, history.waiting());
        }
        try (StoreLagHistory again = new StoreLagHistory(() -> store, core, warnings::add)) {
            assertEquals(2, again.samples(standby, Instant.EPOCH).size(), "written once the store came");
        }
    }

    @Test
    void reasonsKeepTheirArgumentTypesAndCutTheLeastImportantWhenTooLong() {
        List<Reason> reasons = List.of(Reason.of(Verdict.ERROR, "reason.oracle.gap", 1L, 30210L, 30212L),
                Reason.of(Verdict.WARNING, "reason.x", 1.5, "a\nb"));
        List<Reason> back = StoredReasons.decode(StoredReasons.encode(reasons));
        assertEquals(reasons.get(0), back.get(0));
        assertEquals(List.of(1.5, "a b"), back.get(1).args());

        List<Reason> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.add(Reason.of(Verdict.WARNING, "reason.long." + i, "x".repeat(50)));
        }
        String text = StoredReasons.encode(many);
        assertTrue(text.length() <= StoredReasons.MAX, "fits the column: " + text.length());
        assertEquals("reason.long.0", StoredReasons.decode(text).get(0).key());
    }
}
