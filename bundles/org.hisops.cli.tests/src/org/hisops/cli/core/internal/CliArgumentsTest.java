package org.hisops.cli.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hisops.cli.api.CliArguments;
import org.hisops.cli.api.CliUsageException;
import org.junit.jupiter.api.Test;

class CliArgumentsTest {

    private static final Set<String> VALUES = Set.of("site", "format", "parallel");
    private static final Set<String> FLAGS = Set.of("verbose");

    private static CliArguments parse(Locale locale, String... args) throws CliUsageException {
        return CliArguments.parse(List.of(args), locale, VALUES, FLAGS);
    }

    @Test
    void bothFormsOfValuesFlagsAndPositionalWords() throws Exception {
        CliArguments a = parse(Locale.ENGLISH, "--site", "演示医院", "--format=PDF", "--verbose", "run", "--", "--x");
        assertEquals("演示医院", a.value("site").orElseThrow());
        assertEquals("pdf", a.choice("format", Set.of("json", "html", "pdf")).orElseThrow());
        assertTrue(a.flag("verbose"));
        assertEquals(List.of("run", "--x"), a.positional());
        assertTrue(a.value("parallel").isEmpty());
        assertTrue(a.number("parallel", 1, 8).isEmpty());
    }

    @Test
    void aTypoInACronLineIsRefusedInTheReadersLanguage() {
        CliUsageException en = assertThrows(CliUsageException.class, () -> parse(Locale.ENGLISH, "--sitee", "x"));
        assertEquals("Unknown option --sitee. Run \"hisops-cli help <command>\" for the options.", en.getMessage());
        CliUsageException zh = assertThrows(CliUsageException.class,
                () -> parse(Locale.SIMPLIFIED_CHINESE, "--sitee", "x"));
        assertTrue(zh.getMessage().startsWith("未知选项 --sitee"), zh.getMessage());
    }

    @Test
    void missingValuesRepeatsFlagsWithValuesAndBadChoicesAreRefused() {
        assertMessage("Option --site needs a value.", "--site");
        assertMessage("Option --site needs a value.", "--site", "--verbose");
        assertMessage("Option --site is given twice.", "--site", "a", "--site=b");
        assertMessage("Option --verbose takes no value.", "--verbose=yes");
        assertMessage("Option --verbose is given twice.", "--verbose", "--verbose");
        CliUsageException choice = assertThrows(CliUsageException.class,
                () -> parse(Locale.ENGLISH, "--format", "docx").choice("format", Set.of("json", "pdf")));
        assertEquals("--format docx is not one of: json, pdf.", choice.getMessage());
        CliUsageException number = assertThrows(CliUsageException.class,
                () -> parse(Locale.ENGLISH, "--parallel", "0").number("parallel", 1, 8));
        assertEquals("--parallel 0 is not a whole number from 1 to 8.", number.getMessage());
        assertThrows(CliUsageException.class, () -> parse(Locale.ENGLISH, "--parallel", "x").number("parallel", 1, 8));
        CliUsageException required = assertThrows(CliUsageException.class,
                () -> parse(Locale.ENGLISH).required("site"));
        assertEquals("Option --site is required.", required.getMessage());
        CliUsageException extra = assertThrows(CliUsageException.class,
                () -> parse(Locale.ENGLISH, "surplus").noPositional());
        assertEquals("Unexpected argument \"surplus\".", extra.getMessage());
    }

    @Test
    void nothingGivenIsNothingSet() throws Exception {
        CliArguments a = parse(Locale.ENGLISH).noPositional();
        assertFalse(a.flag("verbose"));
        assertTrue(a.positional().isEmpty());
    }

    private static void assertMessage(String expected, String... args) {
        CliUsageException e = assertThrows(CliUsageException.class, () -> parse(Locale.ENGLISH, args));
        assertEquals(expected, e.getMessage());
    }
}
