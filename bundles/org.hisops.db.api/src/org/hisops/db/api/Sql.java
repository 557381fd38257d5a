package org.hisops.db.api;

/**
 * A SQL statement for one engine and range of server versions. Statements live in resource files of the bundle
 * that uses them ({@code sql/<engine>/<id>.sql}, see {@link SqlResources}); {@link #generated} is only for
 * statements built from metadata at run time (for example a per-table checksum).
 *
 * @param id statement id, e.g. {@code db.probe.database}
 * @param engine the engine the text is written for (POSTGRESQL texts also serve KINGBASE)
 * @param versions the server versions the text claims to work on
 * @param text the statement, without a trailing semicolon
 * @param source where it came from (bundle and path), for error messages
 */
public record Sql(String id, Engine engine, DbVersionRange versions, String text, String source) {

    public static Sql generated(String id, Engine engine, String text) {
        return new Sql(id, engine, DbVersionRange.parse("[0,)"), text, "generated");
    }
}
