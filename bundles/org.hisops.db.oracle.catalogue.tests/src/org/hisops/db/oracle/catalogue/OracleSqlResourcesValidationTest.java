package org.hisops.db.oracle.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.hisops.db.api.DbVersion;
import org.hisops.db.api.DbVersionRange;
import org.hisops.db.api.Engine;
import org.hisops.db.api.Sql;
import org.hisops.db.api.SqlResources;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Every Oracle statement HisOps ships is held against the catalogue for each release it claims: the files in the
 * repository, and what the running SqlResources service holds (vendor bundles included). No ERROR may remain; the
 * warnings are printed, because they are what the catalogue cannot prove.
 */
class OracleSqlResourcesValidationTest {

    /** Tests run in the test bundle's folder, so the repository is two levels up. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();

    private final OracleSqlValidator validator = new OracleSqlValidator(OracleCatalogue.load());

    @Test
    void everyOracleSqlFileOfTheRepositoryHoldsForTheVersionsItClaims() throws IOException {
        assertTrue(Files.isDirectory(ROOT.resolve("bundles")), "repository not found at " + ROOT);
        List<Sql> statements = new ArrayList<>();
        try (Stream<Path> bundles = Files.list(ROOT.resolve("bundles"))) {
            for (Path folder : bundles.map(b -> b.resolve("sql/oracle")).filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                        statements.add(read(file));
                    }
                }
            }
        }
        assertTrue(statements.size() >= 5, "only " + statements.size() + " Oracle SQL files found under " + ROOT);
        assertNoErrors("repository", statements);
    }

    @Test
    void everyOracleStatementOfTheRunningSqlResourcesHolds() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(OracleSqlResourcesValidationTest.class).getBundleContext();
        for (Bundle bundle : context.getBundles()) {
            // The registry is a DS component of a lazily activated bundle: start it as a product would.
            if ("org.hisops.db.core".equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.ACTIVE) {
                bundle.start(Bundle.START_TRANSIENT);
            }
        }
        ServiceReference<SqlResources> reference = null;
        for (long end = System.currentTimeMillis() + 10_000; reference == null && System.currentTimeMillis() < end;) {
            reference = context.getServiceReference(SqlResources.class);
            if (reference == null) {
                Thread.sleep(50);
            }
        }
        assertNotNull(reference, "no SqlResources service");
        List<Sql> oracle = context.getService(reference).all().stream().filter(s -> s.engine() == Engine.ORACLE).toList();
        assertFalse(oracle.isEmpty(), "the running SqlResources hold no Oracle statement");
        assertNoErrors("SqlResources service", oracle);
        context.ungetService(reference);
    }

    /** Proof that the check bites: V$SESSION_CONNECT_INFO is documented completely for 10.2, with 4 columns. */
    @Test
    void anElevenTwoColumnClaimedForTenTwoFails() {
        String sql = "SELECT client_driver FROM v$session_connect_info";
        List<Finding> from10 = validator.validate(sql, DbVersionRange.parse("[10.2,)"));
        assertEquals(List.of(new Finding(Finding.Rule.COLUMN_NOT_IN_VIEW, DbVersion.parse("10.2"),
                "V$SESSION_CONNECT_INFO", "CLIENT_DRIVER")), from10);
        assertEquals(List.of(), validator.validate(sql, DbVersionRange.parse("[11.2,)")));
    }

    @Test
    void anElevenTwoViewClaimedForTenTwoFails() {
        String sql = "SELECT file_type, percent_space_used FROM v$recovery_area_usage";
        assertEquals(List.of(new Finding(Finding.Rule.VIEW_NOT_IN_RELEASE, DbVersion.parse("10.2"),
                "V$RECOVERY_AREA_USAGE", null)), validator.validate(sql, DbVersionRange.parse("[10.2,11.2)")));
        assertEquals(List.of(), validator.validate(sql, DbVersionRange.parse("[11.2,)")));
        // 10.2's name for it passes on 10.2
        assertEquals(List.of(), validator.validate("SELECT file_type, percent_space_used FROM v$flash_recovery_area_usage",
                DbVersionRange.parse("[10.2,11.2)")));
    }

    /**
     * Fourth pass: a column proven only by another Oracle book of the release (not by the Reference) is accepted,
     * while a made-up column of the same view is still reported; a completely documented view still refutes.
     */
    @Test
    void aColumnProvenByAnotherBookIsAcceptedAndAMadeUpOneIsStillReported() {
        // 11.2: DATABASE_ROLE from Data Guard Concepts E17022-03, after the Reference prefix DBID..PROTECTION_MODE
        assertEquals(List.of(), validator.validate("SELECT name, open_mode, database_role FROM v$database",
                DbVersionRange.parse("[11.2,)")));
        assertEquals(List.of(new Finding(Finding.Rule.COLUMN_NOT_LISTED, DbVersion.parse("11.2"), "V$DATABASE",
                "DATABASE_ROLE_GUESS")), validator.validate("SELECT database_role, database_role_guess FROM v$database",
                        DbVersionRange.parse("[11.2,)")));
        // 10.2: the view is known from the 10.2 Data Guard Broker book only
        assertEquals(List.of(), validator.validate("SELECT d.fs_failover_status FROM sys.v$database d",
                DbVersionRange.parse("[10.2,11.2)")));
        assertEquals(List.of(new Finding(Finding.Rule.COLUMN_NOT_LISTED, DbVersion.parse("10.2"), "V$DATABASE",
                "FS_FAILOVER_MADE_UP")), validator.validate("SELECT fs_failover_status, fs_failover_made_up FROM v$database",
                        DbVersionRange.parse("[10.2,11.2)")));
        // a complete view is not softened by any of this
        assertEquals(List.of(new Finding(Finding.Rule.COLUMN_NOT_IN_VIEW, DbVersion.parse("10.2"),
                "V$SESSION_CONNECT_INFO", "DATABASE_ROLE")), validator.validate(
                        "SELECT database_role FROM v$session_connect_info", DbVersionRange.parse("[10.2,11.2)")));
    }

    private void assertNoErrors(String where, List<Sql> statements) {
        List<String> errors = new ArrayList<>();
        int warnings = 0;
        StringBuilder report = new StringBuilder("Oracle SQL against the dictionary catalogue (" + where + "): "
                + statements.size() + " statements\n");
        for (Sql sql : statements) {
            for (Finding finding : validator.validate(sql)) {
                String line = sql.source() + " " + sql.versions() + ": " + finding.describe();
                if (finding.severity() == Finding.Severity.ERROR) {
                    errors.add(line);
                } else {
                    warnings++;
                }
                report.append("  ").append(line).append('\n');
            }
        }
        report.append(errors.size()).append(" errors, ").append(warnings).append(" warnings (unproven, not wrong)");
        System.out.println(report);
        assertTrue(errors.isEmpty(), "Oracle SQL that the catalogue refutes:\n  " + String.join("\n  ", errors));
    }

    /** The resource format of SqlResources: {@code -- id:}, {@code -- engine:}, {@code -- versions:}, then the text. */
    private static Sql read(Path file) throws IOException {
        String id = null;
        String engine = null;
        String versions = null;
        StringBuilder body = new StringBuilder();
        for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\\R")) {
            String t = line.trim();
            if (body.isEmpty() && t.startsWith("--")) {
                String[] kv = t.substring(2).split(":", 2);
                if (kv.length == 2) {
                    switch (kv[0].trim().toLowerCase(Locale.ROOT)) {
                        case "id" -> id = kv[1].trim();
                        case "engine" -> engine = kv[1].trim();
                        case "versions" -> versions = kv[1].trim();
                        default -> {
                            // a comment saying why
                        }
                    }
                }
                continue;
            }
            if (!t.isEmpty() || !body.isEmpty()) {
                body.append(line).append('\n');
            }
        }
        String where = ROOT.relativize(file).toString();
        assertNotNull(id, where + ": no '-- id:' line");
        assertEquals("oracle", engine == null ? null : engine.toLowerCase(Locale.ROOT), where + ": engine");
        assertNotNull(versions, where + ": no '-- versions:' line");
        String text = body.toString().strip();
        return new Sql(id, Engine.ORACLE, DbVersionRange.parse(versions),
                text.endsWith(";") ? text.substring(0, text.length() - 1) : text, where);
    }
}
