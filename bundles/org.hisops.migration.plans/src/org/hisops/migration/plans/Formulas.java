package org.hisops.migration.plans;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hisops.platform.api.BundleTexts;

/**
 * A duration's formula ({@link RunbookStep#formula()}, {@link Estimate#formula()}) in the reader's language. The
 * planners write formulas in one closed vocabulary ("site setting", "fixed", "data", "indexes", the unit "min", ...)
 * around symbols and figures that need no translation (T, C, MB/s, 3175 s); each word of that vocabulary is a key
 * {@code formula.<word>} of this bundle, so the formula stays one string for files and logs and reads in Chinese in
 * the view, the PDF and the command line.
 *
 * @since 1.1
 */
public final class Formulas {

    private static final BundleTexts TEXTS = BundleTexts.of(Formulas.class);

    /** The vocabulary, longest first, with each word's key; "min" only as a unit, never min( ). */
    private static final List<Word> WORDS = List.of(new Word("over NETWORK_LINK", "over_link"),
            new Word("site setting", "setting"), new Word("(measured)", "measured"), new Word("(assumed)", "assumed"),
            new Word("fixed", "fixed"), new Word("decision", "decision"), new Word("segments", "segments"),
            new Word("indexes", "indexes"), new Word("import", "import"), new Word("export", "export"),
            new Word("copy", "copy"), new Word("data", "data"), new Word("min", "min"));

    private Formulas() {
    }

    /** The formula with its words in {@code locale}'s language; unchanged where a word has no translation. */
    public static String localized(String formula, Locale locale) {
        if (formula == null || formula.isEmpty()) {
            return formula;
        }
        String out = formula;
        for (Word w : WORDS) {
            String text = TEXTS.text(locale, "formula." + w.key(), null);
            if (text != null && !text.equals(w.english())) {
                out = w.pattern().matcher(out).replaceAll(Matcher.quoteReplacement(text));
            }
        }
        return out;
    }

    private record Word(String english, String key, Pattern pattern) {

        Word(String english, String key) {
            // a whole word only, never part of a setting's name (migration.copy.mbps) or of min( )
            this(english, key, Pattern.compile((Character.isLetter(english.charAt(0)) ? "(?<![\\w.])" : "")
                    + Pattern.quote(english) + (Character.isLetter(english.charAt(english.length() - 1))
                            ? "(?![\\w.(])" : "")));
        }
    }
}
