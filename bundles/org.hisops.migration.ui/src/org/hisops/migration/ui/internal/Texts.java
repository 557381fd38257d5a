package org.hisops.migration.ui.internal;

import java.text.MessageFormat;
import java.util.Locale;

import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DbProblem;
import org.hisops.db.api.Endpoint;
import org.hisops.migration.api.VerificationException;
import org.hisops.migration.copy.CopyException;
import org.hisops.migration.copy.CopyTexts;
import org.hisops.platform.api.AccessDeniedException;
import org.hisops.platform.api.BundleTexts;

/**
 * The view's texts, and every failure it meets turned into a sentence in the reader's language with what to do:
 * database problems through the database api's texts, copy problems through the copy bundle's, the rest here.
 */
final class Texts {

    private final Locale locale;
    private final BundleTexts own = BundleTexts.of(Texts.class);
    private final BundleTexts db = BundleTexts.of(DbProblem.class);

    Texts(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    String get(String key) {
        return own.text(locale, key, key);
    }

    /** The text of {@code key}, or {@code fallback} when this bundle has none (codes of other bundles). */
    String getOr(String key, String fallback) {
        return own.text(locale, key, fallback);
    }

    String format(String key, Object... args) {
        String pattern = get(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A database problem's title and what to do, for an endpoint (host and port in the title where it names them). */
    String problem(DbProblem problem, String serverCode, Endpoint endpoint, String serverMessage) {
        DbProblem p = problem == null ? DbProblem.OTHER : problem;
        String title = db.format(locale, p.titleKey(), serverCode == null ? "" : serverCode,
                endpoint == null ? "" : endpoint.host(), endpoint == null ? "" : Integer.toString(endpoint.port()));
        if (serverCode == null || serverCode.isEmpty()) {
            title = title.replace(" ()", "").replace("\uff08\uff09", ""); // a title's "(code)" without a code
        }
        String action = db.text(locale, p.actionKey(), "");
        String detail = p == DbProblem.OTHER && serverMessage != null ? " " + firstLine(serverMessage) : "";
        String where = endpoint == null ? "" : format("problem.at", endpoint.name());
        return where + title + detail + (action.isEmpty() ? "" : " " + action);
    }

    /** Any failure of a job as a sentence; {@code endpoints} finds the endpoint a database failure names. */
    String failure(Throwable e, java.util.function.Function<String, Endpoint> endpoints) {
        if (e instanceof DatabaseException d) {
            return problem(d.problem(), d.serverCode(), d.endpointId() == null ? null : endpoints.apply(d.endpointId()),
                    d.getMessage());
        }
        if (e instanceof VerificationException v) {
            return format("error." + v.code(), firstLine(String.valueOf(v.getMessage())));
        }
        if (e instanceof CopyException c) {
            return CopyTexts.problem(locale, c);
        }
        if (e instanceof AccessDeniedException a) {
            return a.message(locale);
        }
        return format("error.other", firstLine(String.valueOf(e)));
    }

    static String firstLine(String message) {
        int line = message.indexOf('\n');
        return line < 0 ? message : message.substring(0, line);
    }
}
