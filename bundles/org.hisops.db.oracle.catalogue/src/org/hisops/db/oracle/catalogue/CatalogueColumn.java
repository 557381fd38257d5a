package org.hisops.db.oracle.catalogue;

/**
 * One documented column of a dictionary view.
 *
 * @param name the column name as documented, upper case (e.g. {@code SEQUENCE#})
 * @param datatype the datatype as printed in the Reference, verbatim (e.g. {@code VARCHAR2(30)}, {@code RAW(4 | 8)}),
 *        or {@link #UNKNOWN_DATATYPE} when the column is proven by a book that does not show its datatype
 * @param source where the column's existence was read (see {@code catalogue/SOURCES.md})
 */
public record CatalogueColumn(String name, String datatype, Source source) {

    /** The datatype of a column whose source names it without its datatype. */
    public static final String UNKNOWN_DATATYPE = "?";

    /** Where a catalogued column comes from. */
    public enum Source {
        /** The Oracle Database Reference page of the view for the release ({@code oracle-<release>.tsv}). */
        REFERENCE,
        /**
         * Another Oracle book of the same release (Data Guard Concepts, Data Guard Broker, ...) that names the column
         * of that view, e.g. in a query with its output ({@code other-books.tsv}). Proves existence, not position.
         */
        OTHER_BOOK
    }

    /** A column transcribed from the Reference. */
    public CatalogueColumn(String name, String datatype) {
        this(name, datatype, Source.REFERENCE);
    }

    /** Whether the source showed the datatype ({@code false} for {@link #UNKNOWN_DATATYPE}). */
    public boolean datatypeKnown() {
        return !UNKNOWN_DATATYPE.equals(datatype);
    }
}
