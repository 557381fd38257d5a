package org.hisops.db.oracle.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hisops.db.api.DbVersion;
import org.hisops.db.api.DbVersionRange;
import org.junit.jupiter.api.Test;

/** The shipped catalogue: loadable from the bundle, and status.tsv exactly what SOURCES.md says. */
class OracleCatalogueTest {

    private static final DbVersion R10 = DbVersion.parse("10.2");
    private static final DbVersion R11 = DbVersion.parse("11.2");
    private static final Pattern COLS = Pattern.compile("\\((\\d+) cols\\)");

    private final OracleCatalogue catalogue = OracleCatalogue.load();

    @Test
    void bothReleasesLoadFromTheBundle() {
        assertEquals(List.of(R10, R11), catalogue.releases());
        // 35 complete + 21 partial + V$DATABASE known from other books (SOURCES.md; third pass V$ARCHIVED_LOG, fourth
        // V$DATABASE, fifth DBA_SYNONYMS and DBA_SCHEDULER_JOBS, data assessment pass DBA_TAB_STATISTICS, DBA_PART_TABLES,
        // V$SGA, V$PGASTAT, migration plans DBA_DIRECTORIES,
        // DBA_TAB_PRIVS, V$SESSION_LONGOPS, copy engine DBA_CONS_COLUMNS, DBA_TAB_COMMENTS, DBA_COL_COMMENTS;
        // migration verification pass ALL_CONS_COLUMNS)
        assertEquals(65, catalogue.views(R10).size());
        assertEquals(79, catalogue.views(R11).size());
        assertEquals(4, catalogue.columns("V$SESSION_CONNECT_INFO", R10).size());
        assertEquals("VARCHAR2(9)", catalogue.column("v$session_connect_info", "client_driver", R11).orElseThrow().datatype());
        assertTrue(catalogue.column("V$SESSION_CONNECT_INFO", "CLIENT_DRIVER", R10).isEmpty());
    }

    /** Derives each view's status from SOURCES.md's table again and compares it with status.tsv, row by row. */
    @Test
    void statusFollowsSourcesMdRowByRow() throws IOException {
        String sources = shipped("SOURCES.md");
        List<String> derived = new ArrayList<>();
        int rows = 0;
        for (String line : sources.split("\\R")) {
            if (!line.startsWith("| ") || line.startsWith("| View ")) {
                continue;
            }
            String[] cells = line.substring(2, line.length() - 2).split(" \\| ");
            assertEquals(3, cells.length, line);
            rows++;
            for (int i = 1; i <= 2; i++) {
                DbVersion release = i == 1 ? R10 : R11;
                String cell = cells[i];
                ViewStatus status = cell.startsWith("complete") ? ViewStatus.COMPLETE
                        : cell.startsWith("partial") ? ViewStatus.PARTIAL
                        : cell.startsWith("not found") ? ViewStatus.UNKNOWN
                        : cell.startsWith("not requested") ? ViewStatus.NOT_IN_RELEASE
                        : cell.startsWith("other book") ? ViewStatus.OTHER_BOOK : null;
                assertNotNull(status, "SOURCES.md cell not understood: " + cell);
                derived.add(cells[0] + "\t" + release + "\t" + status);
                assertEquals(status, catalogue.status(cells[0], release), cells[0] + " " + release);
                Matcher cols = COLS.matcher(cell);
                if (status.hasColumns()) {
                    assertTrue(cols.find(), cell);
                    assertEquals(Integer.parseInt(cols.group(1)), catalogue.columns(cells[0], release).size(),
                            cells[0] + " " + release + ": SOURCES.md and the TSV disagree on the number of columns");
                } else {
                    assertTrue(catalogue.columns(cells[0], release).isEmpty(), cells[0] + " " + release);
                }
            }
        }
        assertEquals(88, rows);
        List<String> statusTsv = List.of(shipped("status.tsv").split("\\R"));
        assertEquals(derived, statusTsv.subList(1, statusTsv.size()));
    }

    @Test
    void aViewOfOneReleaseOnlyIsNotInTheOther() {
        assertEquals(ViewStatus.NOT_IN_RELEASE, catalogue.status("V$RECOVERY_AREA_USAGE", R10));
        assertEquals(ViewStatus.COMPLETE, catalogue.status("V$RECOVERY_AREA_USAGE", R11));
        // Not retrieved is not the same as absent: 11.2 still has the old name, the catalogue just lacks its page.
        assertEquals(ViewStatus.UNKNOWN, catalogue.status("V$FLASH_RECOVERY_AREA_USAGE", R11));
        assertEquals(ViewStatus.OTHER_BOOK, catalogue.status("V$DATABASE", R10));
        assertEquals(ViewStatus.PARTIAL, catalogue.status("sys.v$database", R11));
        assertEquals(ViewStatus.UNKNOWN, catalogue.status("GV$DATABASE", R11));
    }

    @Test
    void serverVersionsMapToTheirRelease() {
        assertEquals(R10, catalogue.release(DbVersion.parse("10.2.0.5.0")).orElseThrow());
        assertEquals(R11, catalogue.release(DbVersion.parse("11.2.0.4")).orElseThrow());
        assertTrue(catalogue.release(DbVersion.parse("12.1.0.2")).isEmpty());
        assertEquals(4, catalogue.columns("V$RECOVERY_AREA_USAGE", DbVersion.parse("11.2.0.4.0")).size());
    }

    @Test
    void rangesClaimTheReleasesTheyTouch() {
        assertEquals(List.of(R10, R11), catalogue.releasesIn(DbVersionRange.parse("[10.2,)")));
        assertEquals(List.of(R11), catalogue.releasesIn(DbVersionRange.parse("[11.2,)")));
        assertEquals(List.of(R10), catalogue.releasesIn(DbVersionRange.parse("[10.2,11.2)")));
        assertEquals(List.of(R10, R11), catalogue.releasesIn(DbVersionRange.parse("[10.2,11.2]")));
        assertEquals(List.of(R10), catalogue.releasesIn(DbVersionRange.parse("[10.2.0.5,11.1]")));
        assertEquals(List.of(R11), catalogue.releasesIn(DbVersionRange.parse("[11.2.0.4,)")));
        assertEquals(List.of(R11), catalogue.releasesIn(DbVersionRange.parse("(10.2,)")));
        assertEquals(List.of(), catalogue.releasesIn(DbVersionRange.parse("[12.1,)")));
        assertEquals(List.of(R10, R11), catalogue.releasesIn(DbVersionRange.parse("[0,)")));
    }

    @Test
    void noCatalogueColumnIsTakenForAKeyword() {
        TreeSet<String> clash = new TreeSet<>();
        for (DbVersion release : catalogue.releases()) {
            for (String view : catalogue.views(release)) {
                catalogue.columns(view, release).stream().map(CatalogueColumn::name)
                        .filter(OracleSqlValidator.KEYWORDS::contains).forEach(clash::add);
            }
        }
        assertTrue(clash.isEmpty(), "the validator would skip these columns as keywords: " + clash);
    }

    @Test
    void contradictoryDataIsRefused() {
        String status = "VIEW\tVERSION\tSTATUS\nV$A\t10.2\tCOMPLETE\nV$B\t10.2\tUNKNOWN\n";
        assertThrows(IllegalArgumentException.class, () -> OracleCatalogue.parse(status,
                Map.of("10.2", "VIEW\tCOLUMN\tDATATYPE\nV$A\tX\tNUMBER\nV$B\tY\tNUMBER\n")), "columns of an unknown view");
        assertThrows(IllegalArgumentException.class, () -> OracleCatalogue.parse(status,
                Map.of("10.2", "VIEW\tCOLUMN\tDATATYPE\n")), "a complete view without columns");
        assertThrows(IllegalArgumentException.class, () -> OracleCatalogue.parse(status,
                Map.of("10.2", "VIEW\tCOLUMN\tDATATYPE\nV$A\tX\tNUMBER\nV$A\tX\tDATE\n")), "a column twice");
        assertThrows(IllegalArgumentException.class, () -> OracleCatalogue.parse(status,
                Map.of("10.2", "VIEW,COLUMN,DATATYPE\nV$A,X,NUMBER\n")), "not tab separated");
        assertThrows(IllegalArgumentException.class, () -> OracleCatalogue.parse(status, Map.of()), "a release without columns");
        assertThrows(IllegalArgumentException.class, () -> OracleCatalogue.parse(
                "VIEW\tVERSION\tSTATUS\nV$A\t10.2\tGUESSED\n", Map.of("10.2", "VIEW\tCOLUMN\tDATATYPE\n")), "unknown status");
        OracleCatalogue ok = OracleCatalogue.parse(status, Map.of("10.2", "VIEW\tCOLUMN\tDATATYPE\nV$A\tX\tNUMBER\n"));
        assertFalse(ok.views(R10).isEmpty());
    }

    /** Fourth pass: columns proven by another Oracle book of the release, with their evidence (SOURCES.md). */
    @Test
    void columnsFromOtherBooksCarryTheirSourceAndEvidence() throws IOException {
        CatalogueColumn role = catalogue.column("V$DATABASE", "DATABASE_ROLE", R11).orElseThrow();
        assertEquals(CatalogueColumn.Source.OTHER_BOOK, role.source());
        assertEquals(CatalogueColumn.UNKNOWN_DATATYPE, role.datatype());
        assertFalse(role.datatypeKnown());
        // appended after the Reference's prefix DBID..PROTECTION_MODE, which keeps its source and datatypes
        assertEquals("PROTECTION_MODE", catalogue.columns("V$DATABASE", R11).get(18).name());
        assertEquals(CatalogueColumn.Source.REFERENCE, catalogue.columns("V$DATABASE", R11).get(18).source());
        assertEquals(ViewStatus.PARTIAL, catalogue.status("V$DATABASE", R11));
        // 10.2: only what the 10.2 Data Guard Broker book proves; NAME is not claimed
        assertEquals(List.of("FS_FAILOVER_STATUS", "FS_FAILOVER_OBSERVER_PRESENT"),
                catalogue.columns("V$DATABASE", R10).stream().map(CatalogueColumn::name).toList());
        assertTrue(catalogue.column("V$DATABASE", "NAME", R10).isEmpty());
        // every row names a book of its own release, with a URL and the statement that names the column
        String[] rows = shipped(OracleCatalogue.OTHER_BOOKS).split("\\R");
        assertEquals(String.join("\t", OracleCatalogue.OTHER_BOOKS_HEADER), rows[0]);
        for (int i = 1; i < rows.length; i++) {
            String[] row = rows[i].split("\t", -1);
            assertEquals(7, row.length, rows[i]);
            String release = row[1].equals("10.2") ? "10g Release 2 (10.2)" : "11g Release 2 (11.2)";
            assertTrue(row[4].contains(release) && row[4].contains("Part Number"), rows[i]);
            assertTrue(row[5].startsWith("https://"), rows[i]);
            assertTrue(row[6].contains(row[2]) && row[6].contains(row[0]), rows[i]);
            assertEquals(CatalogueColumn.Source.OTHER_BOOK,
                    catalogue.column(row[0], row[2], DbVersion.parse(row[1])).orElseThrow().source(), rows[i]);
        }
    }

    @Test
    void otherBooksNeverExtendACompleteViewNorStandInForAStatus() {
        String status = "VIEW\tVERSION\tSTATUS\nV$A\t10.2\tCOMPLETE\nV$P\t10.2\tPARTIAL\nV$O\t10.2\tOTHER_BOOK\n"
                + "V$U\t10.2\tUNKNOWN\n";
        Map<String, String> reference = Map.of("10.2", "VIEW\tCOLUMN\tDATATYPE\nV$A\tX\tNUMBER\nV$P\tX\tNUMBER\n");
        String header = String.join("\t", OracleCatalogue.OTHER_BOOKS_HEADER) + "\n";
        String book = "\tBook 10g Release 2 (10.2), Part Number B1\thttps://example.invalid/b1.htm\tSELECT ";
        OracleCatalogue ok = OracleCatalogue.parse(status, reference,
                header + "V$P\t10.2\tY\t?" + book + "Y\nV$O\t10.2\tZ\tNUMBER" + book + "Z\n");
        assertEquals(List.of("X", "Y"), ok.columns("V$P", R10).stream().map(CatalogueColumn::name).toList());
        assertEquals("NUMBER", ok.column("V$O", "Z", R10).orElseThrow().datatype());
        assertThrows(IllegalArgumentException.class, () -> OracleCatalogue.parse(status, reference,
                header + "V$A\t10.2\tY\t?" + book + "Y\n" + "V$O\t10.2\tZ\t?" + book + "Z\n"), "a complete view");
        assertThrows(IllegalArgumentException.class, () -> OracleCatalogue.parse(status, reference,
                header + "V$U\t10.2\tY\t?" + book + "Y\n" + "V$O\t10.2\tZ\t?" + book + "Z\n"), "status still UNKNOWN");
        assertThrows(IllegalArgumentException.class, () -> OracleCatalogue.parse(status, reference,
                header + "V$P\t10.2\tX\t?" + book + "X\n" + "V$O\t10.2\tZ\t?" + book + "Z\n"), "already listed");
        assertThrows(IllegalArgumentException.class, () -> OracleCatalogue.parse(status, reference, header),
                "an OTHER_BOOK view without columns");
        assertThrows(IllegalArgumentException.class, () -> OracleCatalogue.parse(status,
                Map.of("10.2", "VIEW\tCOLUMN\tDATATYPE\nV$A\tX\tNUMBER\nV$P\tX\tNUMBER\nV$O\tZ\tNUMBER\n"),
                header + "V$O\t10.2\tW\t?" + book + "W\n"), "Reference columns under OTHER_BOOK");
        assertThrows(IllegalArgumentException.class, () -> OracleCatalogue.parse(status, reference,
                header + "V$O\t10.2\tZ\t?\tBook\tno url\tSELECT Z\n"), "no URL");
        assertThrows(IllegalArgumentException.class, () -> OracleCatalogue.parse(status, reference,
                header + "V$O\t10.2\tZ\t?" + book + "Z\nV$O\t12.1\tZ\t?" + book + "Z\n"), "an uncatalogued release");
    }

    private static String shipped(String name) throws IOException {
        try (InputStream in = OracleCatalogue.class.getResourceAsStream("/" + OracleCatalogue.FOLDER + name)) {
            assertNotNull(in, name + " is not shipped in the bundle");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
