package org.hisops.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON writer for reports meant for machines (the assessment's JSON reports, the command line): objects keep
 * the order their members were put in, so two runs of one result give the same text. Values are {@code null},
 * strings, numbers, booleans, {@link Instant}s (ISO-8601 text), enums (their name), {@link Obj}s and collections of
 * those. No parser: HisOps writes JSON, it does not read it.
 */
public final class Json {

    private Json() {
    }

    /** A new, empty object. */
    public static Obj object() {
        return new Obj();
    }

    /** A JSON object under construction. */
    public static final class Obj {
        private final Map<String, Object> members = new LinkedHashMap<>();

        private Obj() {
        }

        /** Sets a member (a later put of the same name replaces the value, keeping the first position). */
        public Obj put(String name, Object value) {
            members.put(name, value);
            return this;
        }

        /** A list of objects made from {@code items}. */
        public <T> Obj list(String name, Collection<T> items, java.util.function.Function<T, Obj> each) {
            List<Obj> out = new ArrayList<>(items.size());
            for (T item : items) {
                out.add(each.apply(item));
            }
            return put(name, out);
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            write(this, out);
            return out.toString();
        }
    }

    /** The JSON text of a value. */
    public static String text(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Obj o) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : o.members.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(e.getKey(), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof Collection<?> c) {
            out.append('[');
            boolean first = true;
            for (Object item : c) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(item, out);
            }
            out.append(']');
        } else if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            out.append("null"); // JSON has no NaN or infinity
        } else if (value instanceof Float f && (f.isNaN() || f.isInfinite())) {
            out.append("null");
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Enum<?> e) {
            string(e.name(), out);
        } else {
            string(value.toString(), out);
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            }
        }
        out.append('"');
    }
}
