package org.hisops.migration.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.hisops.migration.api.MigrationProject;
import org.hisops.migration.api.MigrationProjects;
import org.hisops.migration.api.MigrationProjects.ProjectRun;
import org.hisops.migration.api.VerificationException;
import org.hisops.migration.api.VerifyMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The projects store on the embedded store: round trip, names per site, run lists, and the table filters. */
class MigrationProjectsTest {

    private MigrationProjects projects;
    private String site;

    @BeforeEach
    void service() throws Exception {
        projects = Services.get(MigrationProjects.class);
        site = "projects-" + UUID.randomUUID(); // each test its own site: the store is shared by the run
    }

    private MigrationProject project(String name) {
        return new MigrationProject(null, site, name, "his-10g", "HIS", "kes-target", "his", "PAT*, ORD*", "*_BAK",
                List.of(), VerifyMode.CHECKSUM, 100, null);
    }

    @Test
    void aProjectIsKeptAndReadBackAsSaved() throws Exception {
        MigrationProject saved = projects.save(new MigrationProject(null, site, "HIS 门诊 -> KingbaseES", "his-10g",
                "HIS", "kes-target", "his_mz", "门诊*", "", List.of("门诊挂号", "MZ_FEE"), VerifyMode.SAMPLE, 25,
                null));

        assertNotNull(saved.id());
        assertNotNull(saved.modified());
        assertEquals(List.of(saved), projects.list(site));
        assertEquals(saved, projects.find(site, saved.id()).orElseThrow());
        assertEquals(saved, projects.find(site, "his 门诊 -> kingbasees").orElseThrow());
        assertTrue(projects.find("another-site", saved.id()).isEmpty());

        MigrationProject changed = projects.save(new MigrationProject(saved.id(), site, "HIS 住院", "his-10g", "HIS",
                "kes-target", "his_zy", "", "*_TMP", List.of(), VerifyMode.COUNT, 100, saved.modified()));
        assertEquals(saved.id(), changed.id());
        assertEquals(List.of(changed), projects.list(site));
        assertEquals("HIS 住院", projects.find(site, "his 住院").orElseThrow().name());
        assertEquals(VerifyMode.COUNT, projects.find(site, saved.id()).orElseThrow().verifyMode());
    }

    @Test
    void theListIsByNameWithCaseIgnored() throws Exception {
        projects.save(project("lis"));
        projects.save(project("EMR"));
        projects.save(project("his"));
        assertEquals(List.of("EMR", "his", "lis"), projects.list(site).stream().map(MigrationProject::name).toList());
    }

    @Test
    void aNameIsUniquePerSiteWithCaseIgnored() throws Exception {
        MigrationProject first = projects.save(project("HIS nightly"));
        VerificationException duplicate = assertThrows(VerificationException.class,
                () -> projects.save(project("his NIGHTLY")));
        assertEquals("duplicate-project", duplicate.code());
        MigrationProject other = projects.save(project("LIS"));
        VerificationException renamed = assertThrows(VerificationException.class, () -> projects.save(
                new MigrationProject(other.id(), site, " his nightly ", "a", "b", "c", "d", "", "", List.of(),
                        VerifyMode.CHECKSUM, 100, null)));
        assertEquals("duplicate-project", renamed.code());
        // the same name in another site is another project
        MigrationProject elsewhere = projects.save(new MigrationProject(null, site + "-b", "HIS nightly", "a", "b",
                "c", "d", "", "", List.of(), VerifyMode.CHECKSUM, 100, null));
        assertFalse(elsewhere.id().equals(first.id()));
    }

    @Test
    void savingOrNotingARunForAnUnknownProjectSaysSo() throws Exception {
        VerificationException save = assertThrows(VerificationException.class, () -> projects.save(
                project("gone").saved("no-such-project", Instant.now())));
        assertEquals("unknown-project", save.code());
        VerificationException run = assertThrows(VerificationException.class, () -> projects.recordRun(
                "no-such-project", new ProjectRun(ProjectRun.Kind.COPY, "1", Instant.now(), "DONE")));
        assertEquals("unknown-project", run.code());
        assertTrue(projects.find(site, "gone").isEmpty());
        assertEquals(List.of(), projects.runs("no-such-project"));
    }

    @Test
    void runsAreListedNewestFirstAndGoWithTheProjectOnly() throws Exception {
        MigrationProject p = projects.save(project("夜间迁移"));
        Instant t0 = Instant.parse("2026-03-01T01:00:00Z");
        projects.recordRun(p.id(), new ProjectRun(ProjectRun.Kind.COPY, "41", t0, "DONE_WITH_REJECTS"));
        projects.recordRun(p.id(), new ProjectRun(ProjectRun.Kind.VERIFY, "v-2", t0.plusSeconds(3600), "DIFFERENT"));
        projects.recordRun(p.id(), new ProjectRun(ProjectRun.Kind.REPAIR, "v-3", t0.plusSeconds(7200), "EQUAL"));

        assertEquals(List.of("v-3", "v-2", "41"), projects.runs(p.id()).stream().map(ProjectRun::runId).toList());
        assertEquals(new ProjectRun(ProjectRun.Kind.COPY, "41", t0, "DONE_WITH_REJECTS"), projects.runs(p.id()).get(2));

        projects.delete(p.id());
        assertTrue(projects.find(site, p.id()).isEmpty());
        assertEquals(List.of(), projects.runs(p.id()));
        projects.delete(p.id()); // deleting twice is harmless
    }

    @Test
    void includeAndExcludePatternsSelectTablesWithCaseIgnored() {
        MigrationProject p = project("filters");
        List<String> catalogue = List.of("PATIENT", "PAT_BAK", "ORDERS", "ORD_ITEM", "LIS_RESULT", "patient_note");
        assertEquals(List.of("PATIENT", "ORDERS", "ORD_ITEM", "patient_note"), p.select(catalogue));
        assertTrue(p.selects("pat_x"));
        assertFalse(p.selects("LIS_RESULT"));
        assertFalse(p.selects("ORD_BAK"));
    }

    @Test
    void emptyPatternsTakeEveryTableAndQuestionMarkIsOneCharacter() {
        MigrationProject all = new MigrationProject(null, site, "all", "a", "b", "c", "d", "", "", List.of(),
                VerifyMode.CHECKSUM, 100, null);
        assertEquals(List.of("A", "门诊挂号", "b.c"), all.select(List.of("A", "门诊挂号", "b.c")));
        MigrationProject one = new MigrationProject(null, site, "one", "a", "b", "c", "d", "T?", "", List.of(),
                VerifyMode.CHECKSUM, 100, null);
        assertEquals(List.of("T1", "tx"), one.select(List.of("T1", "T12", "tx", "T")));
        // regular-expression characters in a pattern are literal
        MigrationProject dot = new MigrationProject(null, site, "dot", "a", "b", "c", "d", "A.B", "", List.of(),
                VerifyMode.CHECKSUM, 100, null);
        assertEquals(List.of("A.B"), dot.select(List.of("A.B", "AXB")));
    }

    @Test
    void explicitTablesLimitTheSelectionAndExcludeStillApplies() {
        MigrationProject p = new MigrationProject(null, site, "chosen", "a", "b", "c", "d", "", "*_BAK",
                List.of("门诊挂号", "orders", "ORDERS_BAK"), VerifyMode.CHECKSUM, 100, null);
        assertEquals(List.of("ORDERS", "门诊挂号"), p.select(List.of("PATIENT", "ORDERS", "ORDERS_BAK", "门诊挂号")));
        MigrationProject both = new MigrationProject(null, site, "both", "a", "b", "c", "d", "ORD*", "",
                List.of("PATIENT", "ORDERS"), VerifyMode.CHECKSUM, 100, null);
        assertEquals(List.of("ORDERS"), both.select(List.of("PATIENT", "ORDERS", "ORD_ITEM")));
    }
}
