package org.hisops.db.ui.internal;

import java.text.MessageFormat;
import java.util.Locale;

import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DbProblem;
import org.hisops.db.api.Endpoint;
import org.hisops.platform.api.BundleTexts;

/** This bundle's texts and the database problems' titles and actions, in the view's locale. */
final class Texts {

    private final Locale locale;
    private final BundleTexts own = BundleTexts.of(Texts.class);
    private final BundleTexts problems = BundleTexts.of(DbProblem.class);

    Texts(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    String text(String key) {
        return own.text(locale, key, key);
    }

    String format(String key, Object... args) {
        return MessageFormat.format(text(key), args);
    }

    /** "Wrong user name or password (ORA-01017)". */
    String problemTitle(DatabaseException e, Endpoint endpoint) {
        String code = e.serverCode() == null ? "" : e.serverCode();
        String pattern = problems.text(locale, e.problem().titleKey(), e.problem().name());
        String title = MessageFormat.format(pattern, code, endpoint.host(), Integer.toString(endpoint.port()));
        return title.replace("\uff08\uff09", "").replace(" ()", "");
    }

    /** What the user should do about it. */
    String problemAction(DatabaseException e) {
        return problems.text(locale, e.problem().actionKey(), "");
    }
}
