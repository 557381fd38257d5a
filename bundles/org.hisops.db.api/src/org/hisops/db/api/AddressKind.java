package org.hisops.db.api;

/** How {@link Endpoint#address()} names the database on its host. */
public enum AddressKind {
    /** An Oracle service name (host:port/service). */
    SERVICE_NAME,
    /** An Oracle SID (host:port:SID), still common on 10g. */
    SID,
    /** A complete Oracle connect descriptor, e.g. (DESCRIPTION=(ADDRESS_LIST=...)(CONNECT_DATA=...)); host and port are then informational. */
    DESCRIPTOR,
    /** A PostgreSQL or KingbaseES database name. */
    DATABASE
}
