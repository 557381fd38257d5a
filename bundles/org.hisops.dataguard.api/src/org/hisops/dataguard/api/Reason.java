package org.hisops.dataguard.api;

import java.util.List;
import java.util.Objects;

/**
 * Why a verdict is what it is, or why a readiness line fails: a translation key of the providing bundle's
 * {@code OSGI-INF/l10n} files with its {@code MessageFormat} arguments (numbers stay numbers, so the UI formats
 * them in its locale). Cores never build sentences.
 *
 * @param verdict how bad it is
 * @param key translation key, e.g. {@code reason.apply.lag.over}
 * @param args arguments of the pattern (strings, numbers; durations are given in seconds, sizes in bytes)
 */
public record Reason(Verdict verdict, String key, List<Object> args) {

    public Reason {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(key, "key");
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Reason of(Verdict verdict, String key, Object... args) {
        return new Reason(verdict, key, List.of(args));
    }
}
