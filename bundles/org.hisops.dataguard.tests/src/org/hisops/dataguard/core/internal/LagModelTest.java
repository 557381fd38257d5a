package org.hisops.dataguard.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.hisops.dataguard.api.LagFigures;
import org.hisops.dataguard.api.LagThresholds;
import org.hisops.dataguard.api.StandbyStatus;
import org.hisops.dataguard.api.Verdict;
import org.hisops.platform.api.BundleTexts;
import org.junit.jupiter.api.Test;

/** The lag model without databases: thresholds from settings, the judge, Oracle's value formats, the texts. */
class LagModelTest {

    @Test
    void thresholdsComeFromTheSiteSettingsAndBadValuesTakeTheDefault() {
        Map<String, String> settings = Map.of(LagThresholds.REFRESH_SECONDS, "5", LagThresholds.APPLY_LAG_WARNING,
                "120", LagThresholds.APPLY_LAG_ERROR, "ten minutes", LagThresholds.UNSHIPPED_BYTES_ERROR, "-3");
        LagThresholds t = LagThresholds.from(k -> Optional.ofNullable(settings.get(k)));
        assertEquals(Duration.ofSeconds(5), t.refresh());
        assertEquals(Duration.ofSeconds(120), t.applyLagWarning());
        assertEquals(LagThresholds.DEFAULTS.applyLagError(), t.applyLagError());
        assertEquals(LagThresholds.DEFAULTS.unshippedBytesError(), t.unshippedBytesError());
        assertEquals(Duration.ofSeconds(10), LagThresholds.DEFAULTS.refresh());
        assertEquals(Duration.ofSeconds(1), LagThresholds.from(k -> Optional.of("0")).refresh());
    }

    @Test
    void eachFigureOverItsLimitGivesItsReasonAndTheWorstIsTheVerdict() {
        LagFigures f = new LagFigures(Duration.ofSeconds(45), 20L << 20, Duration.ofSeconds(1000), 0L,
                Duration.ofSeconds(700), Duration.ofSeconds(15), Duration.ZERO);
        StandbyStatus judged = LagJudge.judge(new StandbyStatus("s", "p", f, Verdict.NORMAL, List.of(), Map.of()),
                LagThresholds.DEFAULTS);
        assertEquals(Verdict.ERROR, judged.verdict());
        assertEquals("reason.apply.lag.error", judged.reasons().get(0).key());
        assertTrue(judged.has("reason.transport.lag.warning"));
        assertTrue(judged.has("reason.unshipped.warning"));
        assertTrue(judged.has("reason.rto.over"), judged.reasons().toString());
        assertEquals(List.of(1000L, 900L), judged.reasons().get(0).args());
        assertEquals(Duration.ofSeconds(715), f.rtoEstimate());
        assertNull(LagFigures.UNKNOWN.rtoEstimate());
        StandbyStatus fine = LagJudge.judge(new StandbyStatus("s", "p", LagFigures.UNKNOWN, Verdict.NORMAL, List.of(),
                Map.of()), LagThresholds.DEFAULTS);
        assertEquals(Verdict.NORMAL, fine.verdict(), "unknown figures are not judged as zero, nor as bad");
    }

    @Test
    void oracleIntervalsAndTimesAreReadAsBothReleasesPrintThem() {
        assertEquals(Duration.ofSeconds(70), OracleDataGuardProvider.interval(stat("+00 00:01:10", null)));
        assertEquals(Duration.ofMillis(4250), OracleDataGuardProvider.interval(stat("+00 00:00:04.250", null)));
        assertEquals(Duration.ofDays(1).plusHours(2), OracleDataGuardProvider.interval(stat("+01 02:00:00", null)));
        assertEquals(Duration.ofSeconds(15), OracleDataGuardProvider.interval(stat("15", "second")));
        assertEquals(Duration.ofSeconds(120), OracleDataGuardProvider.interval(stat("2", "minute")));
        assertNull(OracleDataGuardProvider.interval(stat("", null)));
        assertNull(OracleDataGuardProvider.interval(stat("n/a", "second")), "unreadable is unknown, not zero");
        assertEquals(java.time.LocalDateTime.of(2024, 10, 21, 9, 44, 14),
                OracleDataGuardProvider.time("10/21/2024 09:44:14"));
        assertNull(OracleDataGuardProvider.time("yesterday"));
    }

    private static OracleDataGuardProvider.Stat stat(String value, String unit) {
        return new OracleDataGuardProvider.Stat(value, unit, null, null);
    }

    @Test
    void everyReasonAndReadinessKeyHasItsTextInBothLanguages() throws Exception {
        BundleTexts texts = BundleTexts.of(OracleDataGuardProvider.class);
        java.util.Properties english = new java.util.Properties();
        try (var in = OracleDataGuardProvider.class.getResourceAsStream("/OSGI-INF/l10n/bundle.properties")) {
            english.load(in);
        }
        List<String> missing = new java.util.ArrayList<>();
        for (String k : english.stringPropertyNames()) {
            if (k.startsWith("reason.") || k.startsWith("readiness.")) {
                String zh = texts.text(Locale.SIMPLIFIED_CHINESE, k, null);
                if (zh == null || zh.equals(english.getProperty(k))) {
                    missing.add(k);
                }
            }
        }
        assertTrue(missing.isEmpty(), "untranslated: " + missing);
        assertEquals("Archive gap on thread 1: sequences 30210 to 30212 are missing.",
                texts.format(Locale.ENGLISH, "reason.oracle.gap", 1L, 30210L, 30212L));
    }
}
