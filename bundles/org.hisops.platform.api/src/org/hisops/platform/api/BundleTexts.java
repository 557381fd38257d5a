package org.hisops.platform.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The translations a bundle ships in {@code OSGI-INF/l10n/bundle[_lang[_COUNTRY]].properties}, the same files
 * that localise its manifest. Looked up most specific first ({@code zh_CN}, then {@code zh}, then the English
 * base file). Files are read as the OSGi framework reads them (ISO-8859-1 with {@code \\uXXXX} escapes).
 */
public final class BundleTexts {

    private static final String BASE = "OSGI-INF/l10n/bundle";
    // Weak on both sides: an uninstalled bundle's class loader must not be kept alive by its texts.
    private static final Map<ClassLoader, BundleTexts> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    private final WeakReference<ClassLoader> loader;
    private final Map<String, Properties> files = new ConcurrentHashMap<>();

    private BundleTexts(ClassLoader loader) {
        this.loader = new WeakReference<>(loader);
    }

    /** The translations of the bundle that defines {@code type}. */
    public static BundleTexts of(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        if (loader == null) {
            loader = ClassLoader.getSystemClassLoader();
        }
        return CACHE.computeIfAbsent(loader, BundleTexts::new);
    }

    /** The text for {@code key}, or {@code fallback} when no file has it. */
    public String text(Locale locale, String key, String fallback) {
        for (String suffix : suffixes(locale)) {
            String value = file(suffix).getProperty(key);
            if (value != null) {
                return value;
            }
        }
        return fallback;
    }

    /** The text for {@code key} with {@code {0}}-style arguments filled in. */
    public String format(Locale locale, String key, Object... args) {
        String pattern = text(locale, key, key);
        return args.length == 0 ? pattern : new java.text.MessageFormat(pattern, locale).format(args);
    }

    private static List<String> suffixes(Locale locale) {
        List<String> suffixes = new ArrayList<>(3);
        if (locale != null && !locale.getLanguage().isEmpty()) {
            if (!locale.getCountry().isEmpty()) {
                suffixes.add("_" + locale.getLanguage() + "_" + locale.getCountry());
            }
            suffixes.add("_" + locale.getLanguage());
        }
        suffixes.add("");
        return suffixes;
    }

    private Properties file(String suffix) {
        return files.computeIfAbsent(suffix, s -> {
            Properties properties = new Properties();
            ClassLoader cl = loader.get();
            if (cl == null) {
                return properties;
            }
            try (InputStream in = cl.getResourceAsStream(BASE + s + ".properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                // A broken translation file must not break the caller: the fallback text is shown instead.
            }
            return properties;
        });
    }
}
