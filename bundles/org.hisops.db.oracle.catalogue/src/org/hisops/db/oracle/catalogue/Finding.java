package org.hisops.db.oracle.catalogue;

import org.hisops.db.api.DbVersion;

/**
 * One result of checking a statement against the catalogue for one release.
 *
 * @param rule what was found
 * @param release the catalogued release it concerns, or {@code null} for {@link Rule#NO_CATALOGUED_RELEASE}
 * @param view the dictionary view, upper case without owner, or {@code null}
 * @param column the column as written (upper case unless quoted), or {@code null} for a finding about the view
 */
public record Finding(Rule rule, DbVersion release, String view, String column) {

    /** ERROR: the statement cannot work on that release. WARNING: the catalogue cannot prove that it works. */
    public enum Severity {
        ERROR, WARNING
    }

    /** The checks, each with its severity. */
    public enum Rule {
        /** The view is documented completely for the release and has no such column. */
        COLUMN_NOT_IN_VIEW(Severity.ERROR),
        /** The view belongs to another release only (e.g. V$RECOVERY_AREA_USAGE claimed for 10.2). */
        VIEW_NOT_IN_RELEASE(Severity.ERROR),
        /**
         * The view is listed partially for the release (Reference prefix, or columns proven by other books) and the
         * column is not among the listed columns.
         */
        COLUMN_NOT_LISTED(Severity.WARNING),
        /** The release's page of the view was not retrieved (or the view is not catalogued at all). */
        VIEW_NOT_CATALOGUED(Severity.WARNING),
        /** An unqualified column that cannot be tied to one view (several in FROM, or a possible outer reference). */
        COLUMN_NOT_ATTRIBUTED(Severity.WARNING),
        /** The claimed version range contains no catalogued release, so nothing was checked. */
        NO_CATALOGUED_RELEASE(Severity.WARNING);

        private final Severity severity;

        Rule(Severity severity) {
            this.severity = severity;
        }

        public Severity severity() {
            return severity;
        }
    }

    public Severity severity() {
        return rule.severity();
    }

    /** A one-line English account for build logs and test reports (the UI translates from the rule instead). */
    public String describe() {
        String where = release == null ? "" : release + ": ";
        String target = view == null ? "" : column == null ? view : view + "." + column;
        return severity() + " " + where + switch (rule) {
            case COLUMN_NOT_IN_VIEW -> target + " does not exist (the view is documented completely)";
            case VIEW_NOT_IN_RELEASE -> view + " is documented for another release only";
            case COLUMN_NOT_LISTED -> target + " is not among the columns the catalogue lists (view listed partially)";
            case VIEW_NOT_CATALOGUED -> target + " is unverified (the view's page for this release was not retrieved)";
            case COLUMN_NOT_ATTRIBUTED -> "column " + column + " cannot be tied to one view" + (view == null ? "" : " (" + view + ")");
            case NO_CATALOGUED_RELEASE -> "the claimed versions contain no catalogued release; nothing was checked";
        };
    }
}
