package org.hisops.checks.api;

import java.util.List;
import java.util.Objects;

/**
 * One thing a check found. The message is a translation key of the catalogue's bundle with MessageFormat
 * arguments (kept as text, so a stored finding reads back the same); the UI formats it in the reader's language.
 *
 * @param severity how much it matters
 * @param messageKey translation key, e.g. {@code check.ora.upg.backup.mode.file}
 * @param arguments the message's arguments, as text
 * @param subject what the finding is about (a tablespace, a parameter, a schema), for grouping and comparing runs
 * @param fixupStatements statements that would fix it, shown to the DBA; empty when there is no fixup. HisOps never
 *            runs them on its own: an administrator may, after a typed confirmation, and every run is audited
 */
public record Finding(Severity severity, String messageKey, List<String> arguments, String subject,
        List<String> fixupStatements) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
        subject = subject == null ? "" : subject;
        fixupStatements = fixupStatements == null ? List.of() : List.copyOf(fixupStatements);
    }

    /** A finding without a fixup; arguments are turned into text with {@link String#valueOf}. */
    public static Finding of(Severity severity, String messageKey, String subject, Object... arguments) {
        return new Finding(severity, messageKey,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList(), subject, List.of());
    }

    public Finding withFixup(String... statements) {
        return new Finding(severity, messageKey, arguments, subject, List.of(statements));
    }
}
