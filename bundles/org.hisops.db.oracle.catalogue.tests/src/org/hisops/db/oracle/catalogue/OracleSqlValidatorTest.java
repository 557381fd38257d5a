package org.hisops.db.oracle.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.hisops.db.api.DbVersion;
import org.hisops.db.api.DbVersionRange;
import org.hisops.db.api.Engine;
import org.hisops.db.api.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each rule of the validator against a small made-up catalogue, so that the rules are pinned down independently of
 * what the real catalogue happens to contain:
 * <ul>
 * <li>V$ALPHA: complete in both releases; 11.2 adds EXTRA.</li>
 * <li>V$BETA: partial in 10.2 (ID), complete in 11.2 (ID, LATER).</li>
 * <li>V$NEW: 11.2 only.</li>
 * <li>DBA_GAMMA: not retrieved for 10.2, complete in 11.2.</li>
 * </ul>
 */
class OracleSqlValidatorTest {

    private static final DbVersion R10 = DbVersion.parse("10.2");
    private static final DbVersion R11 = DbVersion.parse("11.2");

    private final OracleSqlValidator validator = new OracleSqlValidator(OracleCatalogue.parse("""
            VIEW	VERSION	STATUS
            V$ALPHA	10.2	COMPLETE
            V$ALPHA	11.2	COMPLETE
            V$BETA	10.2	PARTIAL
            V$BETA	11.2	COMPLETE
            V$NEW	10.2	NOT_IN_RELEASE
            V$NEW	11.2	COMPLETE
            DBA_GAMMA	10.2	UNKNOWN
            DBA_GAMMA	11.2	COMPLETE
            """, Map.of("10.2", """
            VIEW	COLUMN	DATATYPE
            V$ALPHA	ID	NUMBER
            V$ALPHA	NAME	VARCHAR2(30)
            V$ALPHA	GROUP#	NUMBER
            V$BETA	ID	NUMBER
            """, "11.2", """
            VIEW	COLUMN	DATATYPE
            V$ALPHA	ID	NUMBER
            V$ALPHA	NAME	VARCHAR2(30)
            V$ALPHA	GROUP#	NUMBER
            V$ALPHA	EXTRA	NUMBER
            V$BETA	ID	NUMBER
            V$BETA	LATER	DATE
            V$NEW	ID	NUMBER
            DBA_GAMMA	OWNER	VARCHAR2(30)
            DBA_GAMMA	NAME	VARCHAR2(30)
            """)));

    private List<Finding> check(String sql, String range) {
        return validator.validate(sql, DbVersionRange.parse(range));
    }

    private static Finding error(DbVersion release, String view, String column) {
        return new Finding(Finding.Rule.COLUMN_NOT_IN_VIEW, release, view, column);
    }

    // --- the rules ---

    @Test
    void aColumnMissingFromACompleteViewIsAnError() {
        assertEquals(List.of(error(R10, "V$ALPHA", "EXTRA")), check("SELECT extra FROM v$alpha", "[10.2,)"));
        assertEquals(List.of(), check("SELECT extra FROM v$alpha", "[11.2,)"));
        assertEquals(Finding.Severity.ERROR, error(R10, "V$ALPHA", "EXTRA").severity());
    }

    @Test
    void aViewOfAnotherReleaseOnlyIsAnError() {
        assertEquals(List.of(new Finding(Finding.Rule.VIEW_NOT_IN_RELEASE, R10, "V$NEW", null)),
                check("SELECT id FROM v$new", "[10.2,)"));
        assertEquals(List.of(), check("SELECT id FROM v$new", "[11.2,)"));
    }

    @Test
    void aColumnBeyondThePartialListingIsAWarning() {
        List<Finding> findings = check("SELECT later FROM v$beta", "[10.2,)");
        assertEquals(List.of(new Finding(Finding.Rule.COLUMN_NOT_LISTED, R10, "V$BETA", "LATER")), findings);
        assertEquals(Finding.Severity.WARNING, findings.get(0).severity());
    }

    @Test
    void aViewNotRetrievedIsAWarningForEachColumnUsed() {
        assertEquals(List.of(new Finding(Finding.Rule.VIEW_NOT_CATALOGUED, R10, "DBA_GAMMA", "OWNER"),
                new Finding(Finding.Rule.VIEW_NOT_CATALOGUED, R10, "DBA_GAMMA", "NAME")),
                check("SELECT owner, name FROM dba_gamma", "[10.2,)"));
        assertEquals(List.of(new Finding(Finding.Rule.VIEW_NOT_CATALOGUED, R10, "DBA_GAMMA", null)),
                check("SELECT count(*) FROM dba_gamma", "[10.2,)"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "GV$ALPHA", "V$NOT_IN_THE_CATALOGUE", "ALL_GAMMA", "USER_GAMMA", "NLS_DATABASE_PARAMETERS",
            "DATABASE_PROPERTIES", "PRODUCT_COMPONENT_VERSION" })
    void everyKindOfDictionaryViewIsRecognised(String view) {
        assertEquals(List.of(new Finding(Finding.Rule.VIEW_NOT_CATALOGUED, R11, view, "SOMETHING")),
                check("SELECT something FROM " + view.toLowerCase(java.util.Locale.ROOT), "[11.2,)"));
    }

    @Test
    void anUnqualifiedColumnWithSeveralViewsIsOnlyCheckedForPresence() {
        assertEquals(List.of(), check("SELECT name FROM v$alpha a, v$beta b WHERE a.id = b.id", "[10.2,)"));
        assertEquals(List.of(new Finding(Finding.Rule.COLUMN_NOT_ATTRIBUTED, R11, null, "NOSUCH")),
                check("SELECT nosuch FROM v$alpha a JOIN v$beta b ON a.id = b.id", "[11.2,)"));
    }

    @Test
    void aRangeWithoutACataloguedReleaseChecksNothing() {
        assertEquals(List.of(new Finding(Finding.Rule.NO_CATALOGUED_RELEASE, null, null, null)),
                check("SELECT extra FROM v$alpha", "[12.1,)"));
    }

    // --- how views, aliases and columns are found ---

    @Test
    void aliasesViewNamesAndSysAreResolvedInAnyCase() {
        List<Finding> expected = List.of(error(R10, "V$ALPHA", "EXTRA"));
        assertEquals(expected, check("select A.Extra from SYS.v$Alpha a", "[10.2,11.2)"));
        assertEquals(expected, check("SELECT v$alpha.extra FROM v$alpha", "[10.2,11.2)"));
        assertEquals(expected, check("SELECT sys.v$alpha.extra FROM sys.v$alpha", "[10.2,11.2)"));
        assertEquals(expected, check("SELECT a.id FROM v$alpha a WHERE a.extra > 0", "[10.2,11.2)"));
        assertEquals(expected, check("SELECT \"EXTRA\" FROM \"V$ALPHA\"", "[10.2,11.2)"));
        assertEquals(List.of(), check("SELECT a.group#, group# FROM v$alpha a", "[10.2,)"));
    }

    @Test
    void joinConditionsAreChecked() {
        assertEquals(List.of(new Finding(Finding.Rule.COLUMN_NOT_LISTED, R10, "V$BETA", "EXTRA"),
                error(R11, "V$BETA", "EXTRA")),
                check("SELECT a.id FROM v$alpha a LEFT OUTER JOIN v$beta b ON b.extra = a.id", "[10.2,)"));
        assertEquals(List.of(error(R10, "V$ALPHA", "EXTRA")),
                check("SELECT a.id FROM v$alpha a, v$beta b WHERE a.id = b.id(+) AND a.extra(+) = 1", "[10.2,11.2)"));
    }

    @Test
    void literalsCommentsAndBindsAreNotColumns() {
        assertEquals(List.of(), check("""
                SELECT id, 'extra', q'[it's extra]', N'extra' extra_text -- extra
                /* extra */ FROM v$alpha WHERE name = :extra AND id = ? AND name <> 'o''extra'
                """, "[10.2,)"));
    }

    @Test
    void functionsKeywordsAndPseudoColumnsAreNotColumns() {
        assertEquals(List.of(), check("""
                SELECT NVL(name, 'x'), DECODE(id, 1, 'a', 'b'), SYSDATE, ROWNUM, COUNT(*), COUNT(DISTINCT id),
                       CAST(name AS VARCHAR2(10)), EXTRACT(YEAR FROM SYSDATE), TRIM(LEADING '0' FROM name),
                       CASE WHEN id IS NOT NULL THEN 'y' ELSE 'n' END state, ROUND(SYSDATE - DATE '2020-01-01'),
                       dbms_utility.get_time(), extra_function(id), SYSTIMESTAMP AT TIME ZONE 'UTC'
                FROM v$alpha WHERE id BETWEEN 1 AND 2 AND name LIKE 'x%' AND ROWNUM <= 10
                """, "[10.2,)"));
        assertEquals(List.of(error(R10, "V$ALPHA", "EXTRA")), check("SELECT CAST(extra AS NUMBER) FROM v$alpha", "[10.2,11.2)"));
    }

    @Test
    void selectListAliasesAreNotColumns() {
        assertEquals(List.of(), check(
                "SELECT name AS extra, id later, COUNT(*) n FROM v$alpha GROUP BY name, id ORDER BY extra, later, n",
                "[10.2,)"));
    }

    @Test
    void subqueriesAreHandledConservatively() {
        // The columns of an inline view are its own business; the view inside is checked.
        assertEquals(List.of(), check("SELECT x.extra FROM (SELECT name extra FROM v$alpha) x", "[10.2,)"));
        assertEquals(List.of(error(R10, "V$ALPHA", "EXTRA")),
                check("SELECT x.e FROM (SELECT extra e FROM v$alpha) x", "[10.2,11.2)"));
        // A qualified outer reference is checked against the outer view.
        assertEquals(List.of(error(R10, "V$ALPHA", "EXTRA")), check(
                "SELECT a.id FROM v$alpha a WHERE EXISTS (SELECT 1 FROM v$beta b WHERE b.id = a.extra)", "[10.2,11.2)"));
        // An unqualified name the inner view lacks may be an outer column: never an error.
        assertEquals(List.of(new Finding(Finding.Rule.COLUMN_NOT_LISTED, R10, "V$BETA", "NAME"),
                new Finding(Finding.Rule.COLUMN_NOT_ATTRIBUTED, R11, "V$BETA", "NAME")), check(
                "SELECT a.id FROM v$alpha a WHERE EXISTS (SELECT 1 FROM v$beta b WHERE b.id = a.id AND name = 'x')",
                "[10.2,)"));
        // Scalar subqueries in the select list, and WITH queries.
        assertEquals(List.of(error(R10, "V$ALPHA", "EXTRA")),
                check("SELECT (SELECT MAX(extra) FROM v$alpha) m FROM dual", "[10.2,11.2)"));
        assertEquals(List.of(), check("WITH dba_recent AS (SELECT id FROM v$alpha) SELECT r.id, nosuch FROM dba_recent r",
                "[10.2,)"));
    }

    @Test
    void setOperatorsCheckEachBranch() {
        assertEquals(List.of(error(R10, "V$ALPHA", "EXTRA")),
                check("SELECT id FROM v$beta UNION ALL SELECT extra FROM v$alpha ORDER BY id", "[10.2,11.2)"));
        // ORDER BY of a compound query names result columns, not the last branch's
        assertEquals(List.of(), check("SELECT name FROM v$alpha UNION SELECT 'x' name FROM v$beta ORDER BY name",
                "[11.2,)"));
    }

    @Test
    void theApplicationsOwnTablesAndOtherDatabasesAreLeftAlone() {
        assertEquals(List.of(), check("SELECT nosuch FROM his.pat_visit", "[10.2,)"));
        assertEquals(List.of(), check("SELECT nosuch FROM dual", "[10.2,)"));
        assertEquals(List.of(), check("SELECT extra FROM v$alpha@standby_link", "[10.2,)"));
        assertEquals(List.of(), check("SET TRANSACTION READ ONLY", "[10.2,)"));
    }

    @Test
    void sqlResourcesAreCheckedForTheirOwnRange() {
        Sql sql = new Sql("t", Engine.ORACLE, DbVersionRange.parse("[10.2,11.2)"), "SELECT extra FROM v$alpha", "test");
        assertEquals(List.of(error(R10, "V$ALPHA", "EXTRA")), validator.validate(sql));
        assertThrows(IllegalArgumentException.class, () -> validator.validate(
                new Sql("t", Engine.POSTGRESQL, DbVersionRange.parse("[9,)"), "SELECT 1", "test")));
    }
}
