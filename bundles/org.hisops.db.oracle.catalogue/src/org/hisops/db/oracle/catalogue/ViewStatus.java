package org.hisops.db.oracle.catalogue;

/** How much the catalogue knows about a view in one release (see {@code catalogue/SOURCES.md}). */
public enum ViewStatus {
    /** Every documented column is listed: a column that is not listed does not exist in this release. */
    COMPLETE,
    /** Only the leading columns are listed: a column that is not listed may still exist. */
    PARTIAL,
    /** The release's Reference page was not retrieved: nothing is known, the view may well exist. */
    UNKNOWN,
    /** The sources name it as a view of another release only (e.g. V$RECOVERY_AREA_USAGE, new in 11.2). */
    NOT_IN_RELEASE,
    /**
     * The release's Reference page was not retrieved, but other Oracle books of the same release name some of its
     * columns ({@code catalogue/other-books.tsv}): those columns certainly exist, any other column is unknown (as for
     * {@link #PARTIAL}).
     */
    OTHER_BOOK;

    /** Whether the catalogue lists columns of the view in this release. */
    public boolean hasColumns() {
        return this == COMPLETE || this == PARTIAL || this == OTHER_BOOK;
    }
}
