package org.hisops.db.oracle.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.hisops.db.api.DbVersion;
import org.hisops.db.api.DbVersionRange;

/**
 * The dictionary views and columns the Oracle Database Reference documents for each catalogued release, with the
 * status of each view, plus the columns that other Oracle books of the same release prove where the Reference page
 * was not (fully) read. Immutable; {@link #load()} reads the data files shipped in this bundle.
 */
public final class OracleCatalogue {

    /** The data folder, on this bundle's class path (its root) and in the repository. */
    public static final String FOLDER = "catalogue/";

    /** The columns proven by other Oracle books of a release than the Reference, with their evidence. */
    public static final String OTHER_BOOKS = "other-books.tsv";

    /** The header of {@link #OTHER_BOOKS}. */
    static final String[] OTHER_BOOKS_HEADER = { "VIEW", "VERSION", "COLUMN", "DATATYPE", "BOOK", "URL", "STATEMENT" };

    private final List<DbVersion> releases;
    private final Map<DbVersion, Map<String, ViewStatus>> status;
    private final Map<DbVersion, Map<String, List<CatalogueColumn>>> columns;

    private OracleCatalogue(List<DbVersion> releases, Map<DbVersion, Map<String, ViewStatus>> status,
            Map<DbVersion, Map<String, List<CatalogueColumn>>> columns) {
        this.releases = releases;
        this.status = status;
        this.columns = columns;
    }

    /**
     * Reads {@code catalogue/status.tsv}, the {@code oracle-<release>.tsv} of every release it names and
     * {@code other-books.tsv}, through this
     * class's loader: the bundle's own files in OSGi, the class path elsewhere.
     *
     * @throws IllegalStateException when a file is missing or malformed
     */
    public static OracleCatalogue load() {
        String statusTsv = resource("status.tsv");
        Map<String, String> byRelease = new LinkedHashMap<>();
        for (String release : releaseNames(statusTsv)) {
            byRelease.put(release, resource("oracle-" + release + ".tsv"));
        }
        try {
            return parse(statusTsv, byRelease, resource(OTHER_BOOKS));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Builds a catalogue from the texts of the data files.
     *
     * @param statusTsv {@code VIEW\tVERSION\tSTATUS} rows
     * @param columnsByRelease per release ("10.2"), the {@code VIEW\tCOLUMN\tDATATYPE} rows
     * @throws IllegalArgumentException when a file is malformed, or a view's columns contradict its status
     */
    public static OracleCatalogue parse(String statusTsv, Map<String, String> columnsByRelease) {
        return parse(statusTsv, columnsByRelease, null);
    }

    /**
     * Builds a catalogue from the texts of the data files, with the columns that other books of a release prove.
     *
     * @param statusTsv {@code VIEW\tVERSION\tSTATUS} rows
     * @param columnsByRelease per release ("10.2"), the {@code VIEW\tCOLUMN\tDATATYPE} rows read from the Reference
     * @param otherBooksTsv {@code VIEW\tVERSION\tCOLUMN\tDATATYPE\tBOOK\tURL\tSTATEMENT} rows, or {@code null}: a
     *        column another Oracle book of the release names; DATATYPE is {@code ?} unless that book shows it. Only a
     *        {@link ViewStatus#PARTIAL} view (appended after its Reference columns) or an {@link ViewStatus#OTHER_BOOK}
     *        view takes them; a {@link ViewStatus#COMPLETE} listing is never extended.
     * @throws IllegalArgumentException when a file is malformed, or a view's columns contradict its status
     */
    public static OracleCatalogue parse(String statusTsv, Map<String, String> columnsByRelease, String otherBooksTsv) {
        Map<DbVersion, Map<String, ViewStatus>> status = new TreeMap<>();
        for (String[] row : rows(statusTsv, "status.tsv", "VIEW", "VERSION", "STATUS")) {
            DbVersion release = DbVersion.parse(row[1]);
            ViewStatus s;
            try {
                s = ViewStatus.valueOf(row[2]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("status.tsv: unknown status '" + row[2] + "' of " + row[0]);
            }
            if (status.computeIfAbsent(release, r -> new LinkedHashMap<>()).put(viewName(row[0]), s) != null) {
                throw new IllegalArgumentException("status.tsv: " + row[0] + " " + row[1] + " is listed twice");
            }
        }
        Map<DbVersion, Map<String, List<CatalogueColumn>>> columns = new TreeMap<>();
        for (Map.Entry<String, String> file : columnsByRelease.entrySet()) {
            DbVersion release = DbVersion.parse(file.getKey());
            String name = "oracle-" + file.getKey() + ".tsv";
            Map<String, List<CatalogueColumn>> views = new LinkedHashMap<>();
            for (String[] row : rows(file.getValue(), name, "VIEW", "COLUMN", "DATATYPE")) {
                List<CatalogueColumn> list = views.computeIfAbsent(viewName(row[0]), v -> new ArrayList<>());
                String column = row[1].toUpperCase(Locale.ROOT);
                if (list.stream().anyMatch(c -> c.name().equals(column))) {
                    throw new IllegalArgumentException(name + ": " + row[0] + "." + column + " is listed twice");
                }
                list.add(new CatalogueColumn(column, row[2]));
            }
            Map<String, ViewStatus> statuses = status.getOrDefault(release, Map.of());
            for (String view : views.keySet()) {
                if (statuses.get(view) == ViewStatus.OTHER_BOOK) {
                    throw new IllegalArgumentException(name + ": " + view + " has Reference columns but status.tsv says "
                            + ViewStatus.OTHER_BOOK + " for " + release + " (that status means the Reference page was not read)");
                }
                if (!statuses.getOrDefault(view, ViewStatus.UNKNOWN).hasColumns()) {
                    throw new IllegalArgumentException(name + ": " + view + " has columns but status.tsv says "
                            + statuses.getOrDefault(view, ViewStatus.UNKNOWN) + " for " + release);
                }
            }
            addOtherBooks(otherBooksTsv, release, statuses, views);
            statuses.forEach((view, s) -> {
                if (s.hasColumns() && !views.containsKey(view)) {
                    throw new IllegalArgumentException(name + ": " + view + " is " + s + " in status.tsv but has no columns");
                }
            });
            views.replaceAll((v, list) -> List.copyOf(list));
            columns.put(release, Collections.unmodifiableMap(views));
        }
        if (otherBooksTsv != null) {
            for (String[] row : rows(otherBooksTsv, OTHER_BOOKS, OTHER_BOOKS_HEADER)) {
                if (!columns.containsKey(DbVersion.parse(row[1]))) {
                    throw new IllegalArgumentException(OTHER_BOOKS + ": " + row[0] + "." + row[2] + " names release "
                            + row[1] + ", which is not catalogued");
                }
            }
        }
        for (DbVersion release : status.keySet()) {
            if (!columns.containsKey(release)) {
                throw new IllegalArgumentException("status.tsv names release " + release + " but its column file is missing");
            }
        }
        status.replaceAll((r, m) -> Collections.unmodifiableMap(m));
        return new OracleCatalogue(List.copyOf(columns.keySet()), status, columns);
    }

    /** The catalogued releases, oldest first (10.2, 11.2). */
    public List<DbVersion> releases() {
        return releases;
    }

    /** The catalogued release a server version belongs to (10.2.0.5.0 gives 10.2), if there is one. */
    public Optional<DbVersion> release(DbVersion serverVersion) {
        return releases.stream().filter(r -> r.major() == serverVersion.major() && r.minor() == serverVersion.minor())
                .findFirst();
    }

    /**
     * The catalogued releases that a range claims at least one version of: {@code [10.2,)} gives 10.2 and 11.2,
     * {@code [10.2.0.5,11.1]} gives 10.2, {@code [11.2,)} gives 11.2.
     */
    public List<DbVersion> releasesIn(DbVersionRange range) {
        return releases.stream().filter(r -> touches(range, r)).toList();
    }

    /** The status of a view in a release; a view the catalogue never heard of is {@link ViewStatus#UNKNOWN}. */
    public ViewStatus status(String view, DbVersion release) {
        Map<String, ViewStatus> statuses = status.get(catalogued(release));
        return statuses == null ? ViewStatus.UNKNOWN : statuses.getOrDefault(viewName(view), ViewStatus.UNKNOWN);
    }

    /** The views whose columns are listed for a release (complete or partial), in the catalogue's order. */
    public Set<String> views(DbVersion release) {
        return columns.getOrDefault(catalogued(release), Map.of()).keySet();
    }

    /**
     * The listed columns of a view in a release: the Reference's in documented order, then those other books of the
     * release prove ({@link CatalogueColumn#source()}); empty when none are listed.
     */
    public List<CatalogueColumn> columns(String view, DbVersion release) {
        return columns.getOrDefault(catalogued(release), Map.of()).getOrDefault(viewName(view), List.of());
    }

    /** A listed column of a view in a release. */
    public Optional<CatalogueColumn> column(String view, String column, DbVersion release) {
        String name = column.toUpperCase(Locale.ROOT);
        return columns(view, release).stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The catalogue's spelling of a view name: upper case, without a {@code SYS.} owner. */
    public static String viewName(String view) {
        String v = view.trim().toUpperCase(Locale.ROOT);
        return v.startsWith("SYS.") ? v.substring(4) : v;
    }

    private DbVersion catalogued(DbVersion version) {
        return release(version).orElse(version);
    }

    /**
     * Whether a range includes some version of a release. Bounds written at release precision follow
     * {@link DbVersionRange#includes}; a finer bound (10.2.0.5) cuts a release without excluding it.
     */
    private static boolean touches(DbVersionRange range, DbVersion release) {
        int precision = release.parts().length;
        if (range.low() != null) {
            int c = release.compareTo(truncate(range.low(), precision));
            if (c < 0 || (c == 0 && range.low().parts().length <= precision && !range.lowInclusive())) {
                return false;
            }
        }
        if (range.high() != null) {
            int c = release.compareTo(truncate(range.high(), precision));
            if (c > 0 || (c == 0 && range.high().parts().length <= precision && !range.highInclusive())) {
                return false;
            }
        }
        return true;
    }

    private static DbVersion truncate(DbVersion v, int parts) {
        return new DbVersion(java.util.Arrays.copyOf(v.parts(), Math.min(parts, v.parts().length)));
    }

    /**
     * Appends the columns {@code other-books.tsv} proves for one release: after the Reference's columns of a
     * {@link ViewStatus#PARTIAL} view, or as the whole listing of an {@link ViewStatus#OTHER_BOOK} view.
     */
    private static void addOtherBooks(String tsv, DbVersion release, Map<String, ViewStatus> statuses,
            Map<String, List<CatalogueColumn>> views) {
        if (tsv == null) {
            return;
        }
        for (String[] row : rows(tsv, OTHER_BOOKS, OTHER_BOOKS_HEADER)) {
            if (!DbVersion.parse(row[1]).equals(release)) {
                continue;
            }
            String view = viewName(row[0]);
            String column = row[2].toUpperCase(Locale.ROOT);
            ViewStatus s = statuses.getOrDefault(view, ViewStatus.UNKNOWN);
            if (s != ViewStatus.PARTIAL && s != ViewStatus.OTHER_BOOK) {
                throw new IllegalArgumentException(OTHER_BOOKS + ": " + view + "." + column + " for " + release
                        + " needs status PARTIAL or OTHER_BOOK in status.tsv, not " + s
                        + (s == ViewStatus.COMPLETE ? " (the Reference lists the view completely)" : ""));
            }
            if (!row[5].startsWith("http")) {
                throw new IllegalArgumentException(OTHER_BOOKS + ": " + view + "." + column + " has no URL as evidence");
            }
            List<CatalogueColumn> list = views.computeIfAbsent(view, v -> new ArrayList<>());
            if (list.stream().anyMatch(c -> c.name().equals(column))) {
                throw new IllegalArgumentException(OTHER_BOOKS + ": " + view + "." + column + " is already listed for "
                        + release);
            }
            list.add(new CatalogueColumn(column, row[3], CatalogueColumn.Source.OTHER_BOOK));
        }
    }

    private static List<String> releaseNames(String statusTsv) {
        List<String> names = new ArrayList<>();
        for (String[] row : rows(statusTsv, "status.tsv", "VIEW", "VERSION", "STATUS")) {
            if (!names.contains(row[1])) {
                names.add(row[1]);
            }
        }
        return names;
    }

    private static List<String[]> rows(String text, String file, String... header) {
        List<String[]> rows = new ArrayList<>();
        String[] lines = text.split("\\R");
        if (lines.length == 0 || !lines[0].equals(String.join("\t", header))) {
            throw new IllegalArgumentException(file + ": the first line must be " + String.join("<TAB>", header));
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] row = lines[i].split("\t", -1);
            if (row.length != header.length || java.util.Arrays.stream(row).anyMatch(String::isBlank)) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected " + header.length
                        + " tab-separated values: " + lines[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    private static String resource(String name) {
        try (InputStream in = OracleCatalogue.class.getResourceAsStream("/" + FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + name + " is not on the class path of " + OracleCatalogue.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(FOLDER + name, e);
        }
    }
}
