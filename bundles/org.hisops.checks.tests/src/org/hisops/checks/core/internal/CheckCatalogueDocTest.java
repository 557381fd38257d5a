package org.hisops.checks.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.hisops.checks.api.Check;
import org.hisops.checks.api.CheckCatalogue;
import org.hisops.checks.api.Stage;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * docs/checks.md is the list of every check HisOps ships, made from the installed catalogues so it cannot drift:
 * this test renders it and fails when the file differs (the rendered file is left in target/checks.md to copy).
 * Every check must name its source (the Oracle document, note or PostgreSQL section it comes from) and have its
 * title, description and recommendation in English and Chinese.
 */
class CheckCatalogueDocTest {

    /** The catalogues HisOps ships; a vendor's would be listed by its own documentation. */
    private static final Set<String> SHIPPED = Set.of("oracle.upgrade.11.2", "inspection.oracle",
            "inspection.postgresql", "postgresql.readiness");

    @Test
    void docsChecksMdListsEveryShippedCheckWithItsSource() throws Exception {
        List<CheckCatalogue> catalogues = catalogues();
        List<String> problems = new ArrayList<>();
        for (CheckCatalogue catalogue : catalogues) {
            for (Check check : catalogue.checks()) {
                if (check.source() == null || check.source().isBlank()) {
                    problems.add(check.id() + ": no source");
                }
                for (String key : List.of(check.titleKey(), check.descriptionKey(), check.recommendationKey())) {
                    for (Locale locale : List.of(Locale.ROOT, Locale.SIMPLIFIED_CHINESE)) {
                        if (catalogue.text(locale, key).equals(key)) {
                            problems.add(check.id() + ": no text " + key + " (" + locale + ")");
                        }
                    }
                    if (catalogue.text(Locale.ROOT, key).equals(catalogue.text(Locale.SIMPLIFIED_CHINESE, key))) {
                        problems.add(check.id() + ": " + key + " is not translated");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);

        String rendered = render(catalogues);
        Path target = Path.of("target/checks.md");
        Files.createDirectories(target.getParent());
        Files.writeString(target, rendered, StandardCharsets.UTF_8);
        Path doc = Path.of(System.getProperty("hisops.checks.doc", "missing"));
        assertTrue(Files.isRegularFile(doc), "docs/checks.md is missing: copy " + target.toAbsolutePath());
        assertEquals(rendered, Files.readString(doc, StandardCharsets.UTF_8),
                "docs/checks.md is out of date: copy " + target.toAbsolutePath() + " over it");
    }

    private static List<CheckCatalogue> catalogues() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(CheckCatalogueDocTest.class).getBundleContext();
        ServiceTracker<CheckCatalogue, CheckCatalogue> tracker = new ServiceTracker<>(context, CheckCatalogue.class,
                null);
        tracker.open();
        try {
            for (int i = 0; i < 300; i++) {
                Set<String> present = tracker.getTracked().values().stream().map(CheckCatalogue::id)
                        .collect(Collectors.toSet());
                if (present.containsAll(SHIPPED)) {
                    break;
                }
                Thread.sleep(50);
            }
            List<CheckCatalogue> list = new ArrayList<>(tracker.getTracked().values().stream()
                    .filter(c -> SHIPPED.contains(c.id())).toList());
            assertEquals(new TreeSet<>(SHIPPED), list.stream().map(CheckCatalogue::id)
                    .collect(Collectors.toCollection(TreeSet::new)), "the shipped catalogues are installed");
            list.sort(Comparator.comparing(CheckCatalogue::id));
            return list;
        } finally {
            tracker.close();
        }
    }

    private static String render(List<CheckCatalogue> catalogues) {
        StringBuilder md = new StringBuilder();
        int total = catalogues.stream().mapToInt(c -> c.checks().size()).sum();
        md.append("# Every check HisOps ships (检查项目录)\n\n");
        md.append("Made from the installed catalogues by `CheckCatalogueDocTest` (bundle `org.hisops.checks.tests`), which\n")
                .append("fails when this file differs from them or when a check lacks its source or a translation: after\n")
                .append("changing a catalogue, copy `bundles/org.hisops.checks.tests/target/checks.md` here. ")
                .append(total).append(" checks in ").append(catalogues.size()).append(" catalogues.\n")
                .append("What each check reads and finds, its thresholds and scenarios are in docs/assessment.md,\n")
                .append("docs/inspection.md and docs/heterogeneous.md.\n");
        for (CheckCatalogue catalogue : catalogues) {
            md.append("\n## `").append(catalogue.id()).append("`: ")
                    .append(catalogue.text(Locale.ROOT, catalogue.nameKey())).append(" / ")
                    .append(catalogue.text(Locale.SIMPLIFIED_CHINESE, catalogue.nameKey())).append("\n\n");
            md.append("| Check | Title | 标题 | Engines | Versions | Severity | Stages | Source |\n");
            md.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
            for (Check check : catalogue.checks()) {
                md.append("| `").append(check.id()).append("` | ")
                        .append(cell(catalogue.text(Locale.ROOT, check.titleKey()))).append(" | ")
                        .append(cell(catalogue.text(Locale.SIMPLIFIED_CHINESE, check.titleKey()))).append(" | ")
                        .append(check.engines().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")))
                        .append(" | ").append(cell(check.versions().toString())).append(" | ")
                        .append(check.severity()).append(" | ")
                        .append(check.stages().stream().sorted().map(Stage::name).collect(Collectors.joining(", ")))
                        .append(" | ").append(cell(check.source())).append(" |\n");
            }
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
