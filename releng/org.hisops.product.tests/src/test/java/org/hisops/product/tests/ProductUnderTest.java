package org.hisops.product.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A copy of the built product with the test probe added, launched as a user launches it (its own launcher script
 * and runtime), and the probe connection to it. One instance is one run of the product.
 */
final class ProductUnderTest implements AutoCloseable {

    static final Path PRODUCT = Path.of(System.getProperty("hisops.product.dir", "missing"));
    static final Path PROBE_DIR = Path.of(System.getProperty("hisops.probe.dir", "missing"));
    static final Path WORK = Path.of(System.getProperty("hisops.work.dir", "target"));

    /** Environment map key (not passed on) that lets the demo site run in this launch. */
    static final String DEMO = "hisops.test.demo";

    private final Process process;
    private final Path log;
    private Socket socket;
    private BufferedReader in;
    private PrintWriter out;

    /** Copies the product once per test class and adds the probe to what simpleconfigurator starts. */
    static Path install(String name) throws IOException {
        assertTrue(Files.isExecutable(PRODUCT.resolve("hisops")), "the product is not built: " + PRODUCT);
        Path target = WORK.resolve(name);
        deleteTree(target);
        try (Stream<Path> files = Files.walk(PRODUCT)) {
            for (Path source : files.toList()) {
                Path copy = target.resolve(PRODUCT.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        Path probe;
        try (Stream<Path> jars = Files.list(PROBE_DIR)) {
            probe = jars.filter(p -> p.getFileName().toString().matches("org\\.hisops\\.testprobe\\.ui-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("the probe bundle is not built in " + PROBE_DIR));
        }
        String version;
        try (JarFile jar = new JarFile(probe.toFile())) {
            version = jar.getManifest().getMainAttributes().getValue("Bundle-Version");
        }
        String fileName = "org.hisops.testprobe.ui_" + version + ".jar";
        Files.copy(probe, target.resolve("plugins").resolve(fileName));
        Path bundlesInfo = target.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
        Files.writeString(bundlesInfo, "org.hisops.testprobe.ui," + version + ",plugins/" + fileName + ",4,true\n",
                StandardOpenOption.APPEND);
        return target;
    }

    ProductUnderTest(Path installation, Path data, String... arguments) throws IOException {
        this(installation, data, java.util.Map.of(), arguments);
    }

    /** Launches with extra environment variables (e.g. {@code LANG}) on top of this process's environment. */
    ProductUnderTest(Path installation, Path data, java.util.Map<String, String> environment, String... arguments)
            throws IOException {
        String display = System.getenv("DISPLAY");
        assertNotNull(display, "product tests need a display: run them through 'releng/hisops test', which starts Xvfb");
        Path portFile = data.resolveSibling(data.getFileName() + ".port");
        Files.deleteIfExists(portFile);
        List<String> command = new ArrayList<>(List.of(installation.resolve("hisops").toString(), "-data", data.toString()));
        command.addAll(List.of(arguments));
        log = data.resolveSibling(data.getFileName() + "-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // -Dhisops.demo=off: product tests check the shell, not the demo servers, whose first build would compete
        // with the window for the processor and leave PostgreSQL data in every test's data folder. The demo's
        // own product test asks for it with DEMO=on in the environment map.
        boolean demo = "on".equals(environment.get(DEMO));
        builder.environment().put("HISOPS_VMARGS", "-Dhisops.probe.port.file=" + portFile + (demo ? "" : " -Dhisops.demo=off"));
        environment.forEach((k, v) -> {
            if (!k.equals(DEMO)) {
                builder.environment().put(k, v);
            }
        });
        process = builder.start();
        connect(portFile);
    }

    private void connect(Path portFile) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!Files.isRegularFile(portFile)) {
            if (!process.isAlive()) {
                fail("the product exited with " + process.exitValue() + " before the probe started; log:\n" + log());
            }
            if (System.nanoTime() > deadline) {
                fail("the probe did not start within 120 s; log:\n" + log());
            }
            sleep(50);
        }
        int port = Integer.parseInt(Files.readString(portFile).trim());
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(60_000);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        out = new PrintWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8), true);
        // The probe starts with the framework; the window comes a moment later.
        while (true) {
            String shell = ask("SHELL");
            if (shell.startsWith("OK [") && shell.contains("\"true\"") && !ask("NAV").equals("OK null")) {
                return;
            }
            if (System.nanoTime() > deadline) {
                fail("no window with a navigator within 120 s (" + shell + "); log:\n" + log());
            }
            sleep(100);
        }
    }

    /**
     * Whether the navigator (the probe's NAV answer) lists the item in the group, among the group's other items
     * (HisOps' own capabilities share the groups with the bundles a test installs).
     */
    static boolean inGroup(String nav, String group, String item) {
        return nav.matches("(?s).*\\{\"group\":\"" + java.util.regex.Pattern.quote(group) + "\",\"items\":\\[[^\\]]*\""
                + java.util.regex.Pattern.quote(item) + "\"[^\\]]*\\]\\}.*");
    }

    /** Sends a command and returns the answer line as it is. */
    String ask(String command) throws IOException {
        out.println(command);
        String answer = in.readLine();
        if (answer == null) {
            fail("the product closed the probe connection on '" + command + "'; log:\n" + log());
        }
        return answer;
    }

    /** Sends a command that must succeed and returns what follows {@code OK }. */
    String ok(String command) throws IOException {
        String answer = ask(command);
        if (!answer.startsWith("OK")) {
            fail("'" + command + "' answered " + answer + "; log:\n" + log());
        }
        return answer.length() > 3 ? answer.substring(3) : "";
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Kills the product as a crash or the task manager would: nothing gets a chance to save. */
    void kill() throws InterruptedException {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** Closes the window as a user would (so the workbench saves its layout) and waits for the process. */
    @Override
    public void close() throws Exception {
        try {
            if (process.isAlive()) {
                ask("EXIT");
            }
        } catch (IOException e) {
            // already going
        }
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the product did not exit within 60 s after its window was closed; log:\n" + log());
        }
        socket.close();
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
