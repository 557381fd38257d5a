package org.hisops.db.postgres.embedded.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.hisops.db.postgres.embedded.PostgresBinaries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The binaries come out of their bundle once, whole, runnable, even when two callers race for them. */
class PostgresBinariesTest {

    @TempDir
    Path cache;

    @Test
    void anInstalledPostgresIsUsedWithTheVersionItsServerReports() throws Exception {
        // the unpacked archive stands for an installation such as Debian's /usr/lib/postgresql/17
        PostgresBinaries unpacked = PostgresBinaries.extract(cache.resolve("installed"));
        PostgresBinaries installed = PostgresBinaries.installed(unpacked.home());
        assertEquals(unpacked.home(), installed.home());
        String major = unpacked.version().split("\\.")[0];
        assertTrue(installed.version().startsWith(major + "."), installed.version() + " vs " + unpacked.version());
        assertEquals(unpacked.home().resolve("bin/postgres"), installed.tool("postgres"));
    }

    @Test
    void aFolderWithoutTheServerProgramsIsRefusedNamingIt() throws Exception {
        Path empty = Files.createDirectories(cache.resolve("no-postgres/bin"));
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> PostgresBinaries.installed(empty.getParent()));
        assertTrue(e.getMessage().contains("no-postgres"), e.getMessage());
    }

    @Test
    void twoParallelExtractionsLeaveOneGoodCopy() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<PostgresBinaries>> runs = List.of(
                    CompletableFuture.supplyAsync(() -> extractAfter(together), threads),
                    CompletableFuture.supplyAsync(() -> extractAfter(together), threads));
            PostgresBinaries first = runs.get(0).get(2, TimeUnit.MINUTES);
            PostgresBinaries second = runs.get(1).get(2, TimeUnit.MINUTES);

            assertEquals(first.home(), second.home());
            assertEquals("17.6.0", first.version(), "named after the binaries bundle's version");
            try (var entries = Files.list(cache)) {
                assertEquals(List.of(first.home()), entries.toList(), "one copy, no partial folder left");
            }
            for (String tool : List.of("initdb", "pg_ctl", "postgres")) {
                assertTrue(Files.isExecutable(first.tool(tool)), tool + " keeps its executable bit");
            }
            assertTrue(Files.isSymbolicLink(first.home().resolve("lib/libpq.so")), "library symlinks stay symlinks");

            Process version = new ProcessBuilder(first.tool("postgres").toString(), "--version")
                    .redirectErrorStream(true).start();
            String out = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, version.waitFor());
            assertTrue(out.contains("PostgreSQL) 17."), out);

            assertEquals(first.home(), PostgresBinaries.extract(cache).home(), "the next caller reuses the copy");
        } finally {
            threads.shutdownNow();
        }
    }

    private PostgresBinaries extractAfter(CyclicBarrier together) {
        try {
            together.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return PostgresBinaries.extract(cache);
    }
}
