package org.hisops.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code hisops-cli} of the built product, run as a scheduled task runs it: its own launcher script, no display,
 * the exit code and the texts in both languages; and a data folder held by an open HisOps window refused with a
 * message saying so (exit 69) instead of a command that could not save its work.
 */
class CliProductTest {

    private static Path installation;

    @BeforeAll
    static void install() throws IOException {
        installation = ProductUnderTest.install("product-cli");
    }

    record Result(int code, String out, String err) {
    }

    private static Result cli(Path data, String... args) throws Exception {
        return cli(installation, data, args);
    }

    /** {@code hisops-cli} of an installation, as a scheduled task runs it (also for the capabilities' commands). */
    static Result cli(Path installation, Path data, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(installation.resolve("hisops-cli").toString(), "-data",
                data.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(ProductUnderTest.WORK, "cli", ".out");
        Path err = Files.createTempFile(ProductUnderTest.WORK, "cli", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        // A scheduled task has no display: the command line must not need one.
        builder.environment().remove("DISPLAY");
        builder.environment().put("HISOPS_VMARGS", "-Dhisops.demo=off");
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("hisops-cli " + String.join(" ", args) + " did not end within 120 s");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void helpSitesAndAnUnknownCommandInBothLanguagesWithTheirExitCodes() throws Exception {
        Path data = ProductUnderTest.WORK.resolve("data-cli");
        ProductUnderTest.deleteTree(data);

        Result help = cli(data, "-nl", "en", "help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("Usage: hisops-cli"), help.out());
        assertTrue(help.out().contains("  sites "), help.out());
        assertTrue(help.out().contains("Exit codes: 0 done"), help.out());

        Result sites = cli(data, "-nl", "zh_CN", "sites");
        assertEquals(0, sites.code(), sites.err());
        assertTrue(sites.out().startsWith("demo  \u6f14\u793a\u533b\u9662  \uff08\u5f53\u524d\uff09"), sites.out());

        Result unknown = cli(data, "-nl", "zh_CN", "inspectt");
        assertEquals(64, unknown.code(), unknown.out());
        assertTrue(unknown.err().contains("\u6ca1\u6709\u547d\u4ee4 \"inspectt\""), unknown.err());

        Result typo = cli(data, "-nl", "en", "sites", "--sitee", "demo");
        assertEquals(64, typo.code());
        assertTrue(typo.err().startsWith("Unknown option --sitee."), typo.err());
        assertTrue(typo.err().contains("Usage: hisops-cli sites"), typo.err());

        Result noSite = cli(data, "-nl", "en", "sites", "--site", "No Such Hospital");
        assertEquals(64, noSite.code());
        assertTrue(noSite.err().contains("There is no site \"No Such Hospital\". Sites: demo (Demo Hospital)"),
                noSite.err());
    }

    @Test
    void aDataFolderHeldByAnOpenWindowIsRefusedWithWhatToDo() throws Exception {
        Path data = ProductUnderTest.WORK.resolve("data-cli-locked");
        ProductUnderTest.deleteTree(data);
        try (ProductUnderTest window = new ProductUnderTest(installation, data, "-nl", "en")) {
            // an audit entry opens the window's store, as any recorded action does
            window.ok("AUDIT demo\torg.hisops.product.tests\tcli\tSUCCESS\tstore opened");
            Result locked = cli(data, "-nl", "zh_CN", "sites");
            assertEquals(69, locked.code(), locked.out());
            assertTrue(locked.err().contains("HisOps \u7a97\u53e3\u6b63\u5728\u4f7f\u7528\u6b64\u6570\u636e\u76ee\u5f55"),
                    locked.err());
            assertEquals("[]", window.ok("LOGERRORS"), "the window is not disturbed");
        }
        Result free = cli(data, "-nl", "en", "sites");
        assertEquals(0, free.code(), free.err());
    }
}
