package org.hisops.db.oracle.catalogue;

/**
 * One documented column of a dictionary view.
 *
 * @param name the column name as documented, upper case (e.g. {@code SEQUENCE#})
 * @param datatype the datatype as printed in the Reference, verbatim (e.g. {@code VARCHAR2(30)}, {@code RAW(4 | 8)})
 */
public record CatalogueColumn(String name, String datatype) {
}
