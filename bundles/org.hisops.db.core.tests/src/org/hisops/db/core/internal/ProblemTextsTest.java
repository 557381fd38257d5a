package org.hisops.db.core.internal;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Locale;

import org.hisops.db.api.DbProblem;
import org.hisops.platform.api.BundleTexts;
import org.junit.jupiter.api.Test;

/** Every problem has a title and what to do, in English and Chinese (the keys are built from the enum). */
class ProblemTextsTest {

    @Test
    void everyProblemIsExplainedInBothLanguages() {
        BundleTexts texts = BundleTexts.of(DbProblem.class);
        for (DbProblem problem : DbProblem.values()) {
            for (String key : new String[] { problem.titleKey(), problem.actionKey() }) {
                String en = texts.text(Locale.ENGLISH, key, null);
                String zh = texts.text(Locale.SIMPLIFIED_CHINESE, key, null);
                assertNotNull(en, key + " has no English text");
                assertNotNull(zh, key + " has no Chinese text");
                assertNotEquals(en, zh, key + " is not translated");
            }
        }
    }
}
