package org.hisops.cli.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hisops.platform.api.BundleTexts;

/**
 * Options in the GNU style every scheduler entry uses: {@code --name value}, {@code --name=value}, flags
 * ({@code --verbose}) and positional words; {@code --} ends the options. Unknown options, a missing value and an
 * option given twice are refused with a message in the reader's language, because a typo in a cron line must not
 * quietly run something else.
 */
public final class CliArguments {

    private final Map<String, String> values;
    private final Set<String> flags;
    private final List<String> positional;
    private final Locale locale;

    private CliArguments(Map<String, String> values, Set<String> flags, List<String> positional, Locale locale) {
        this.values = values;
        this.flags = flags;
        this.positional = positional;
        this.locale = locale;
    }

    /**
     * @param valueOptions the options that take a value (without the leading {@code --})
     * @param flagOptions the options that take none
     */
    public static CliArguments parse(List<String> arguments, Locale locale, Set<String> valueOptions,
            Set<String> flagOptions) throws CliUsageException {
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> flags = new java.util.LinkedHashSet<>();
        List<String> positional = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (optionsEnded || !argument.startsWith("--")) {
                positional.add(argument);
                continue;
            }
            if (argument.equals("--")) {
                optionsEnded = true;
                continue;
            }
            String name = argument.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (flagOptions.contains(name)) {
                if (value != null) {
                    throw usage(locale, "cli.error.flag_value", name);
                }
                if (!flags.add(name)) {
                    throw usage(locale, "cli.error.twice", name);
                }
            } else if (valueOptions.contains(name)) {
                if (value == null) {
                    if (i + 1 >= arguments.size() || arguments.get(i + 1).startsWith("--")) {
                        throw usage(locale, "cli.error.missing_value", name);
                    }
                    value = arguments.get(++i);
                }
                if (values.putIfAbsent(name, value) != null) {
                    throw usage(locale, "cli.error.twice", name);
                }
            } else {
                throw usage(locale, "cli.error.unknown_option", name);
            }
        }
        return new CliArguments(Collections.unmodifiableMap(values), Collections.unmodifiableSet(flags),
                List.copyOf(positional), locale);
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The value of an option the command cannot do without. */
    public String required(String name) throws CliUsageException {
        String value = values.get(name);
        if (value == null) {
            throw usage(locale, "cli.error.required", name);
        }
        return value;
    }

    /** A value from a fixed set (case-insensitive), e.g. {@code --format json|html|pdf}; returned in lower case. */
    public Optional<String> choice(String name, Set<String> allowed) throws CliUsageException {
        String value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (!allowed.contains(lower)) {
            throw usage(locale, "cli.error.choice", name, value, String.join(", ", new java.util.TreeSet<>(allowed)));
        }
        return Optional.of(lower);
    }

    /** A whole number within bounds. */
    public Optional<Integer> number(String name, int min, int max) throws CliUsageException {
        String value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return Optional.of(number);
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw usage(locale, "cli.error.number", name, value, min, max);
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public List<String> positional() {
        return positional;
    }

    /** Refuses positional words for a command that takes none. */
    public CliArguments noPositional() throws CliUsageException {
        if (!positional.isEmpty()) {
            throw usage(locale, "cli.error.unexpected", positional.get(0));
        }
        return this;
    }

    /** A usage error with a text of this bundle. */
    static CliUsageException usage(Locale locale, String key, Object... args) {
        return new CliUsageException(BundleTexts.of(CliArguments.class).format(locale, key, args));
    }
}
