package org.hisops.migration.plans.ui.internal;

import java.util.List;
import java.util.Locale;

import org.hisops.migration.plans.MigrationPlans;
import org.hisops.platform.api.TextChain;

/** This view's texts, then those of the plans bundle (step, actor, go/no-go and preflight keys). */
final class Texts {

    private final TextChain chain;

    Texts(Locale locale) {
        chain = TextChain.of(locale, List.of(Texts.class, MigrationPlans.class));
    }

    String get(String key) {
        return chain.get(key);
    }

    String format(String key, Object... args) {
        return chain.format(key, args);
    }
}
