package org.hisops.migration.copy;

import java.util.List;

/**
 * Something the translation did that a DBA must know: a type widened or narrowed, a default rewritten, an object
 * not created. {@code code} is a translation key of this bundle ({@code copy.note.<code>}) with MessageFormat
 * {@code arguments}; {@code object} names the source object (table, table.column, index, sequence, trigger).
 */
public record MappingNote(String object, Level level, String code, List<String> arguments) {

    public enum Level {
        /** Done as documented; for the record. */
        INFO,
        /** Done, but behaviour or range differs; check it. */
        WARNING,
        /** Not created or not copied; the reason says what to do. */
        REFUSED
    }

    public MappingNote {
        arguments = List.copyOf(arguments);
    }

    public static MappingNote of(String object, Level level, String code, Object... arguments) {
        return new MappingNote(object, level, code,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
