package org.hisops.app.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.hisops.platform.api.BundleTexts;
import org.hisops.platform.api.CapabilityCategory;
import org.junit.jupiter.api.Test;

/**
 * Every user-visible text is a key with an English and a Chinese (zh_CN) text, in every bundle and feature of the
 * repository: the test reads the sources, so a bundle added later is checked without changing this test.
 */
class TranslationCompletenessTest {

    /** Tests run in the test bundle's folder, so the repository is two levels up. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();
    private static final Pattern PERCENT_KEY = Pattern.compile("\"%([A-Za-z][\\w.\\-]*)\"|>%([A-Za-z][\\w.\\-]*)<");
    private static final Pattern MESSAGES_FIELD = Pattern.compile("public String (\\w+);");
    private static final Pattern TEXT_CALL = Pattern.compile("\\b(?:text|format)\\(\\s*(?:\\w+\\s*,\\s*)?\"([a-z][\\w.]*\\w)\"\\s*[,)]");
    private static final Pattern CAPABILITY_ID = Pattern.compile("String ID = \"([\\w.]+)\"");

    private final List<String> problems = new ArrayList<>();

    @Test
    void everyBundleAndFeatureIsTranslatedCompletely() throws IOException {
        assertTrue(Files.isDirectory(ROOT.resolve("bundles")), "repository not found at " + ROOT);
        try (Stream<Path> bundles = Files.list(ROOT.resolve("bundles"))) {
            for (Path bundle : bundles.filter(Files::isDirectory).sorted().toList()) {
                checkBundle(bundle);
            }
        }
        try (Stream<Path> features = Files.list(ROOT.resolve("features"))) {
            for (Path feature : features.filter(Files::isDirectory).sorted().toList()) {
                Path en = feature.resolve("feature.properties");
                Properties english = load(en);
                Properties chinese = load(feature.resolve("feature_zh_CN.properties"));
                compare(en, english, chinese);
                for (String key : percentKeys(feature.resolve("feature.xml"))) {
                    require(en, english, chinese, key, "feature.xml");
                }
            }
        }
        assertTrue(problems.isEmpty(), "missing or untranslated texts:\n  " + String.join("\n  ", problems));
    }

    @Test
    void everyCategoryHasANameInBothLanguages() {
        BundleTexts texts = BundleTexts.of(CapabilityCategory.class);
        for (CapabilityCategory category : CapabilityCategory.values()) {
            String en = texts.text(java.util.Locale.ENGLISH, category.nameKey(), null);
            String zh = texts.text(java.util.Locale.SIMPLIFIED_CHINESE, category.nameKey(), null);
            assertTrue(en != null && zh != null && !en.equals(zh), "category " + category + ": " + en + " / " + zh);
        }
    }

    private void checkBundle(Path bundle) throws IOException {
        Path manifest = bundle.resolve("META-INF/MANIFEST.MF");
        if (!Files.isRegularFile(manifest)) {
            return;
        }
        Path en = bundle.resolve("OSGI-INF/l10n/bundle.properties");
        Path zh = bundle.resolve("OSGI-INF/l10n/bundle_zh_CN.properties");
        if (!Files.isRegularFile(en) || !Files.isRegularFile(zh)) {
            problems.add(bundle.getFileName() + ": OSGI-INF/l10n/bundle.properties and bundle_zh_CN.properties are required");
            return;
        }
        String manifestText = Files.readString(manifest, StandardCharsets.UTF_8);
        if (!manifestText.contains("Bundle-Localization: OSGI-INF/l10n/bundle")) {
            problems.add(bundle.getFileName() + ": MANIFEST.MF lacks Bundle-Localization: OSGI-INF/l10n/bundle");
        }
        String buildProperties = Files.readString(bundle.resolve("build.properties"), StandardCharsets.UTF_8);
        if (!buildProperties.contains("OSGI-INF/")) {
            problems.add(bundle.getFileName() + ": build.properties must ship OSGI-INF/ (the translations)");
        }
        for (Path file : List.of(en, zh)) {
            byte[] bytes = Files.readAllBytes(file);
            for (byte b : bytes) {
                if (b < 0) {
                    problems.add(file + ": non-ASCII text; OSGi reads ISO-8859-1, run releng/l10n-escape");
                    break;
                }
            }
        }
        Properties english = load(en);
        Properties chinese = load(zh);
        compare(en, english, chinese);

        Matcher header = Pattern.compile("^(Bundle-Name|Bundle-Vendor): %(\\S+)", Pattern.MULTILINE).matcher(manifestText);
        while (header.find()) {
            require(en, english, chinese, header.group(2), "MANIFEST.MF");
        }
        for (String model : List.of("plugin.xml", "Application.e4xmi", "fragment.e4xmi")) {
            for (String key : percentKeys(bundle.resolve(model))) {
                require(en, english, chinese, key, model);
            }
        }
        Path src = bundle.resolve("src");
        if (!Files.isDirectory(src)) {
            return;
        }
        try (Stream<Path> sources = Files.walk(src)) {
            for (Path java : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(java, StandardCharsets.UTF_8);
                String where = src.relativize(java).toString();
                if (java.getFileName().toString().equals("Messages.java")) {
                    Matcher field = MESSAGES_FIELD.matcher(code);
                    while (field.find()) {
                        require(en, english, chinese, field.group(1).replace('_', '.'), where);
                    }
                }
                Matcher call = TEXT_CALL.matcher(code);
                while (call.find()) {
                    require(en, english, chinese, call.group(1), where);
                }
                if (code.contains("implements Capability")) {
                    Matcher id = CAPABILITY_ID.matcher(code);
                    while (id.find()) {
                        require(en, english, chinese, "capability." + id.group(1) + ".name", where);
                        require(en, english, chinese, "capability." + id.group(1) + ".description", where);
                    }
                }
            }
        }
    }

    private void compare(Path en, Properties english, Properties chinese) {
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(chinese.stringPropertyNames());
        Set<String> onlyChinese = new TreeSet<>(chinese.stringPropertyNames());
        onlyChinese.removeAll(english.stringPropertyNames());
        onlyEnglish.forEach(k -> problems.add(en + ": " + k + " has no zh_CN text"));
        onlyChinese.forEach(k -> problems.add(en + ": " + k + " has a zh_CN text but no English one"));
        for (String key : english.stringPropertyNames()) {
            checkPattern(en, key, english.getProperty(key));
            checkPattern(en, key, chinese.getProperty(key, ""));
            String e = english.getProperty(key).trim();
            String z = chinese.getProperty(key, "").trim();
            if (z.isEmpty()) {
                problems.add(en + ": " + key + " has an empty zh_CN text");
            } else if (e.equals(z) && e.chars().anyMatch(Character::isLowerCase) && e.contains(" ")) {
                problems.add(en + ": " + key + " is not translated (zh_CN repeats the English \"" + e + "\")");
            }
        }
    }

    /** A text with {0} placeholders goes through MessageFormat, where a lone ' quotes everything after it. */
    private void checkPattern(Path file, String key, String value) {
        if (!value.matches("(?s).*\\{\\d+}.*")) {
            return;
        }
        if (value.replace("''", "").contains("'")) {
            problems.add(file + ": " + key + " has a single ' in a MessageFormat pattern; write '' for an apostrophe");
        }
        String formatted = new java.text.MessageFormat(value).format(new Object[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 });
        if (formatted.matches("(?s).*\\{\\d+}.*")) {
            problems.add(file + ": " + key + " leaves a placeholder unfilled: " + formatted);
        }
    }

    private void require(Path en, Properties english, Properties chinese, String key, String usedIn) {
        if (!english.containsKey(key) || !chinese.containsKey(key)) {
            problems.add(en.getParent().getParent().getParent().getFileName() + ": key " + key + " used in " + usedIn
                    + " is missing" + (english.containsKey(key) ? " in zh_CN" : chinese.containsKey(key) ? " in English" : ""));
        }
    }

    private static List<String> percentKeys(Path file) throws IOException {
        List<String> keys = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            Matcher m = PERCENT_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                keys.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        return keys;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            }
        }
        return p;
    }
}
