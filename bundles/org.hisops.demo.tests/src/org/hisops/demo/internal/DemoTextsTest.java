package org.hisops.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hisops.demo.api.DemoProblem;
import org.hisops.demo.api.DemoState;
import org.hisops.platform.api.BundleTexts;
import org.junit.jupiter.api.Test;

/**
 * Every text the demo shows (job names, progress steps, states, problems, endpoint names) is there in English and
 * Chinese; these keys are built at run time, so the repository-wide translation check cannot see them.
 */
class DemoTextsTest {

    private final BundleTexts texts = BundleTexts.of(DemoHospital.class);

    @Test
    void everyShownTextIsTranslated() {
        List<String> keys = new ArrayList<>(List.of("job.start", "job.build", "job.rebuild", "job.failed",
                "step.stop", "step.start", "step.wipe", "step.wipe.damaged", "step.binaries", "step.servers",
                "step.database", "step.standby", "step.endpoints"));
        SampleHospital.STEPS.forEach(step -> keys.add(step.textKey()));
        for (DemoState state : DemoState.values()) {
            keys.add(state.nameKey());
        }
        for (DemoProblem problem : DemoProblem.values()) {
            keys.add(problem.messageKey());
        }
        new DemoEndpoints(null, null).all(1, 2, Locale.ROOT).forEach(e -> keys.add("endpoint." + e.id() + ".name"));
        for (String key : keys) {
            String en = texts.text(Locale.ENGLISH, key, null);
            String zh = texts.text(Locale.SIMPLIFIED_CHINESE, key, null);
            assertNotNull(en, key + " has no English text");
            assertNotNull(zh, key + " has no Chinese text");
            assertNotEquals(en, zh, key + " is not translated");
        }
    }

    @Test
    void endpointsAreNamedInTheProductLanguage() {
        var names = new DemoEndpoints(null, null).all(1, 2, Locale.SIMPLIFIED_CHINESE).stream().map(e -> e.name())
                .toList();
        assertEquals("HIS 主库（PostgreSQL）", names.get(0));
        assertEquals("HIS primary (PostgreSQL)", new DemoEndpoints(null, null).all(1, 2, Locale.ENGLISH).get(0).name());
    }
}
