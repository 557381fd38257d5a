package org.hisops.migration.plans.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hisops.db.api.DbVersion;
import org.hisops.migration.plans.DataPumpPlan;
import org.hisops.migration.plans.GoNoGo;
import org.hisops.migration.plans.PlanRequest;
import org.hisops.migration.plans.SchemaVolume;
import org.hisops.migration.plans.SourceProfile;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.SiteSettings;
import org.junit.jupiter.api.Test;

/** The planners without a database: settings, Standard Edition, a window too small, the blocks' names. */
class PlannersTest {

    private static final long G = 1L << 30;

    private static SourceProfile source(String banner) {
        return new SourceProfile("e", "HIS", DbVersion.parse("10.2.0.5.0"), banner, "Linux x86 64-bit", 42, true, 16,
                List.of(new SchemaVolume("HIS", 400 * G, 0, 100 * G, 0)), Map.of(), false);
    }

    private static SiteSettings settings(Map<String, String> values) {
        return new SiteSettings() {
            public Optional<String> get(String siteId, String key) {
                return Optional.ofNullable(values.get(key));
            }

            public Map<String, String> all(String siteId) {
                return values;
            }

            public void set(String siteId, String key, String value) {
                values.put(key, value);
            }

            public CapabilityRegistry.Registration addListener(Runnable listener) {
                return () -> {
                };
            }
        };
    }

    @Test
    void formulasReadInTheReadersLanguageWithFiguresSymbolsAndSettingNamesKept() {
        java.util.Locale zh = java.util.Locale.SIMPLIFIED_CHINESE;
        String setting = "site setting " + Figures.FREEZE + " = 15 min";
        assertEquals("\u7ad9\u70b9\u8bbe\u7f6e migration.freeze.minutes = 15 \u5206\u949f",
                org.hisops.migration.plans.Formulas.localized(setting, zh));
        assertEquals(setting, org.hisops.migration.plans.Formulas.localized(setting, java.util.Locale.ENGLISH));
        String link = "import over NETWORK_LINK = data / min(T, link) + indexes / T = 100 MB / min(50 MB/s "
                + "(assumed), 20 MB/s) + 10 MB / 50 MB/s = 6 s";
        assertEquals("\u5bfc\u5165 \u7ecf NETWORK_LINK = \u6570\u636e / min(T, link) + \u7d22\u5f15 / T = "
                + "100 MB / min(50 MB/s \uff08\u5047\u5b9a\u503c\uff09, 20 MB/s) + 10 MB / 50 MB/s = 6 s",
                org.hisops.migration.plans.Formulas.localized(link, zh));
        assertEquals("migration.copy.mbps = 100", org.hisops.migration.plans.Formulas.localized(
                "migration.copy.mbps = 100", zh), "a setting's name is not a word of the formula");
        assertEquals("\u56fa\u5b9a: 5 \u5206\u949f", org.hisops.migration.plans.Formulas.localized("fixed: 5 min", zh));
    }

    @Test
    void measuredThroughputWinsAndMalformedSettingsAreIgnored() {
        Map<String, String> values = new HashMap<>(Map.of(Figures.DATAPUMP, "80", Figures.WINDOW, "not a number",
                Figures.LINK, "-5"));
        Figures f = Figures.of(settings(values), "s");
        assertEquals(80, f.dataPumpMbps());
        assertFalse(f.measured());
        assertEquals(Figures.DEFAULTS.windowHours(), f.windowHours(), "a malformed window falls back to the default");
        assertEquals(Figures.DEFAULTS.linkMbps(), f.linkMbps(), "a negative figure is ignored");
        values.put(Figures.MEASURED, "120.5");
        Figures measured = Figures.of(settings(values), "s");
        assertEquals(120.5, measured.dataPumpMbps());
        assertTrue(measured.measured());
    }

    @Test
    void standardEditionRunsOneWorkerAndALongNightIsNoGo() {
        PlanRequest request = PlanRequest.of("s", "e", List.of("HIS"), null);
        DataPumpPlan plan = DataPumpPlanner.plan(request, source("Oracle Database 10g Release 10.2.0.5.0 - 64bit Production"),
                Figures.DEFAULTS, Instant.EPOCH);
        assertEquals(1, plan.parallel());
        assertTrue(plan.expdpParfile().contains("\nPARALLEL=1\n"));
        assertTrue(plan.expdpParfile().contains("Standard Edition"));
        // 400 GB at 50 MB/s: export 8192 s, copy 4096 s, import 10240 s: more than the 8 h window.
        var runbook = CutoverPlanner.plan(request, source("x"), plan, Figures.DEFAULTS);
        assertEquals(GoNoGo.Verdict.NO_GO, runbook.goNoGo().get(0).verdict());
        assertEquals("go.edition.se", runbook.goNoGo().get(2).criterionKey());
    }

    @Test
    void blocksTakeOnlyOracleNames() {
        assertTrue(DataPumpBlocks.identifier("HISOPS_EXP1"));
        assertFalse(DataPumpBlocks.identifier("x'; DROP"));
        assertFalse(DataPumpBlocks.fileName("../../etc/passwd"));
        String block = DataPumpBlocks.start(new org.hisops.migration.plans.ExportJob("s", "e", "J1", List.of("HIS"),
                "D", "f_%U.dmp", "f.log", 4, 99, 2));
        assertTrue(block.startsWith("DECLARE\n  h NUMBER;\nBEGIN\n"));
        assertTrue(block.contains("value => 'IN (''HIS'')'"));
        assertTrue(block.contains("DBMS_DATAPUMP.SET_PARAMETER(handle => h, name => 'FLASHBACK_SCN', value => 99);"));
        assertTrue(block.endsWith("DBMS_DATAPUMP.DETACH(handle => h);\nEND;"));
    }
}
