package org.hisops.dataguard.ui.internal;

import java.text.NumberFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.hisops.dataguard.api.NodeRole;
import org.hisops.dataguard.api.Reason;
import org.hisops.dataguard.api.Verdict;
import org.hisops.db.api.DbProblem;
import org.hisops.platform.api.BundleTexts;

/**
 * The console's texts in the user's language: its own, the verdict names of the api bundle, the reasons and
 * readiness texts of the bundle that provides the monitor (cores return keys and arguments, never sentences), and
 * the connection problems of the database api.
 */
final class ConsoleTexts {

    private final Locale locale;
    private final BundleTexts own = BundleTexts.of(ConsoleTexts.class);
    private final BundleTexts api = BundleTexts.of(Verdict.class);
    private final BundleTexts db = BundleTexts.of(DbProblem.class);
    private final BundleTexts core;

    /** @param monitorType the monitor's implementation class, whose bundle holds the reason texts */
    ConsoleTexts(Locale locale, Class<?> monitorType) {
        this.locale = locale;
        this.core = BundleTexts.of(monitorType);
    }

    Locale locale() {
        return locale;
    }

    String ui(String key, Object... args) {
        return own.format(locale, key, args);
    }

    String verdict(Verdict verdict) {
        return api.text(locale, verdict.nameKey(), verdict.name());
    }

    String role(NodeRole role) {
        return own.text(locale, "role." + role.name().toLowerCase(Locale.ROOT), role.name());
    }

    /** A reason or readiness text of the core; an unknown key is shown as it is rather than hidden. */
    String core(String key, List<Object> args) {
        return core.format(locale, key, args.toArray());
    }

    String reason(Reason reason) {
        return core(reason.key(), reason.args());
    }

    String problemTitle(DbProblem problem, Object... args) {
        return db.format(locale, problem.titleKey(), args);
    }

    String problemAction(DbProblem problem) {
        return db.text(locale, problem.actionKey(), "");
    }

    /** Seconds in the largest sensible unit: 45 s, 12 min 5 s, 3 h 2 min. */
    String duration(Duration d) {
        if (d == null) {
            return ui("figure.unknown");
        }
        long s = Math.round(d.toMillis() / 1000.0);
        if (s < 60) {
            return d.toMillis() < 1000 && d.toMillis() > 0 ? ui("unit.millis", d.toMillis()) : ui("unit.s", s);
        }
        if (s < 3600) {
            return ui("unit.min.s", s / 60, s % 60);
        }
        return ui("unit.h.min", s / 3600, (s % 3600) / 60);
    }

    String seconds(long s) {
        return s < 3600 ? ui("unit.s", s) : ui("unit.h.min", s / 3600, (s % 3600) / 60);
    }

    String bytes(Long bytes) {
        if (bytes == null) {
            return ui("figure.unknown");
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return ui("unit.bytes", bytes);
        }
        if (bytes < 1L << 20) {
            return ui("unit.kib", f.format(bytes / 1024.0));
        }
        if (bytes < 1L << 30) {
            return ui("unit.mib", f.format(bytes / (double) (1L << 20)));
        }
        return ui("unit.gib", f.format(bytes / (double) (1L << 30)));
    }
}
