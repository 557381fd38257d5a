package org.hisops.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * releng/bench, part (a) and (b). Measures, records and prints; it does not assert on timing (these machines
 * are shared and noisy: the ratio to the baseline measured in the same run is the figure that counts).
 */
@Tag("bench")
class LaunchBench {

    private static final int RUNS = Integer.getInteger("hisops.bench.runs", 9);
    private static final Path OUT = ProductUnderTest.WORK.resolve("bench");

    /** (a) Launch to window mapped: HisOps against a bare e4 skeleton from the same target, alternating. */
    @Test
    void launchToWindowMapped() throws Exception {
        Path hisops = ProductUnderTest.install("bench-product-plain");
        Files.delete(hisops.resolve("plugins").resolve(probeJar(hisops)));
        Path skeleton = Path.of(System.getProperty("hisops.skeleton.dir"));
        assertTrue(Files.isDirectory(skeleton.resolve("plugins")), "the skeleton is not built: " + skeleton);
        Path java = hisops.resolve("jre/bin/java");
        assertTrue(Files.isExecutable(java), "the product's runtime (jre/) is missing: build without -Dhisops.jlink=false");

        List<Double> product = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        launch(java, skeleton, "^HisOps bench skeleton", "warm-skeleton"); // warm the OS file cache for both
        launch(java, hisops, "^HisOps - HIS Database Operations Platform", "warm-product");
        for (int i = 0; i < RUNS; i++) {
            baseline.add(launch(java, skeleton, "^HisOps bench skeleton", "skeleton-" + i));
            product.add(launch(java, hisops, "^HisOps - HIS Database Operations Platform", "product-" + i));
        }
        double ratio = median(product) / median(baseline);
        String result = String.format(Locale.ROOT, """
                ### (a) Launch to window mapped (%d alternating runs each, fresh data folder per run)

                | | median ms | min ms | max ms |
                | --- | ---: | ---: | ---: |
                | bare e4 skeleton (baseline) | %.0f | %.0f | %.0f |
                | HisOps | %.0f | %.0f | %.0f |

                Ratio of medians HisOps / skeleton: **%.2f** (goal: at most 1.25)
                """, RUNS, median(baseline), Collections.min(baseline), Collections.max(baseline), median(product),
                Collections.min(product), Collections.max(product), ratio);
        record("launch.md", result);
    }

    /** (b) Bundle installed to navigator updated, measured inside the product by the probe. */
    @Test
    void bundleInstalledToNavigatorUpdated() throws Exception {
        Path installation = ProductUnderTest.install("bench-product-probe");
        Path data = ProductUnderTest.WORK.resolve("bench-data-nav");
        ProductUnderTest.deleteTree(data);
        Path jars = ProductUnderTest.WORK.resolve("bench-bundles");
        List<Double> installToNavigator = new ArrayList<>();
        List<Double> startToNavigator = new ArrayList<>();
        List<Double> uninstallToGone = new ArrayList<>();
        try (ProductUnderTest product = new ProductUnderTest(installation, data, "-nl", "en")) {
            int n = Math.max(20, RUNS * 3);
            for (int i = 0; i < n + 2; i++) {
                String label = "Bench capability " + i;
                Path jar = ProbeBundles.write(jars, ProbeBundles.Spec.capability("bench.cap" + i, "bench.cap" + i, label));
                String[] answer = product.ok("INSTALLWAIT " + label + "\t" + jar).split(" ");
                String removed = product.ok("UNINSTALLWAIT " + label + "\t" + answer[0]);
                if (i >= 2) { // the first two warm up class loading of the path
                    double started = Long.parseLong(answer[1]) / 1000.0;
                    double shown = Long.parseLong(answer[2]) / 1000.0;
                    installToNavigator.add(shown);
                    startToNavigator.add(shown - started);
                    uninstallToGone.add(Long.parseLong(removed) / 1000.0);
                }
            }
        }
        String result = String.format(Locale.ROOT, """
                ### (b) Bundle installed to navigator updated (%d bundles, measured in the product by the test probe)

                | | median ms | p95 ms | max ms |
                | --- | ---: | ---: | ---: |
                | install + start -> entry visible in the navigator | %.1f | %.1f | %.1f |
                | of which after start returned | %.1f | %.1f | %.1f |
                | uninstall -> entry gone from the navigator | %.1f | %.1f | %.1f |

                Goal: under 1000 ms.
                """, installToNavigator.size(), median(installToNavigator), p95(installToNavigator),
                Collections.max(installToNavigator), median(startToNavigator), p95(startToNavigator),
                Collections.max(startToNavigator), median(uninstallToGone), p95(uninstallToGone),
                Collections.max(uninstallToGone));
        record("navigator.md", result);
    }

    /** Starts an installation with the given runtime and returns ms until its window is mapped. */
    private static double launch(Path java, Path installation, String title, String name) throws Exception {
        Path data = OUT.resolve("data-" + name);
        ProductUnderTest.deleteTree(data);
        String launcher;
        try (Stream<Path> jars = Files.list(installation.resolve("plugins"))) {
            launcher = jars.map(p -> p.getFileName().toString())
                    .filter(f -> f.startsWith("org.eclipse.equinox.launcher_")).findFirst().orElseThrow();
        }
        // Demo servers off: the benchmark compares the shell with the skeleton (the skeleton ignores the property).
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xms128m", "-Xmx1024m",
                "-Dosgi.requiredJavaVersion=21", "-Dhisops.demo=off", "-jar", installation.resolve("plugins").resolve(launcher).toString(),
                "-data", data.toString(), "-nl", "en").redirectErrorStream(true)
                .redirectOutput(OUT.resolve(name + ".log").toFile());
        Files.createDirectories(OUT);
        long t0 = System.nanoTime();
        Process process = builder.start();
        try {
            while (!mapped(title)) {
                if (!process.isAlive()) {
                    throw new AssertionError(name + " exited before its window was mapped");
                }
                if (System.nanoTime() - t0 > TimeUnit.SECONDS.toNanos(120)) {
                    throw new AssertionError(name + ": no window within 120 s");
                }
                Thread.sleep(20);
            }
            return (System.nanoTime() - t0) / 1e6;
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static boolean mapped(String titleRegex) throws IOException, InterruptedException {
        Process xdotool = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", titleRegex)
                .redirectErrorStream(true).start();
        String out = ProductUnderTest.read(xdotool.getInputStream());
        xdotool.waitFor();
        return !out.isBlank() && out.trim().chars().allMatch(c -> Character.isDigit(c) || Character.isWhitespace(c));
    }

    private static String probeJar(Path installation) throws IOException {
        try (Stream<Path> jars = Files.list(installation.resolve("plugins"))) {
            return jars.map(p -> p.getFileName().toString()).filter(f -> f.startsWith("org.hisops.testprobe.ui_"))
                    .findFirst().orElseThrow();
        }
    }

    private static void record(String file, String markdown) throws IOException {
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve(file), markdown);
        System.out.println(markdown);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double p95(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
    }
}
