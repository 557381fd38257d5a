package org.hisops.inspection.core.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hisops.checks.api.Stage;
import org.hisops.db.api.Engine;
import org.hisops.inspection.api.Checklist;
import org.hisops.inspection.api.ChecklistItem;
import org.hisops.inspection.api.ChecklistProblem;
import org.hisops.inspection.api.ItemKind;

/**
 * Reads a checklist file (UTF-8): {@code key = value} header lines (id, name, stage, engines), then one item a line
 * ({@code check <catalogue> <check>}, {@code value <item> <unit> <min|-> <max|->}, {@code passfail <item>}); {@code #}
 * starts a comment. A malformed file gives a {@link ChecklistProblem} naming the file and line, never a half list.
 */
final class ChecklistFile {

    /** Why a file was refused: a key of the inspection API's bundle with the file, line and text. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        final transient ChecklistProblem problem;

        Malformed(String file, int line, String text) {
            super(file + ":" + line + ": " + text);
            problem = new ChecklistProblem(file, "problem.malformed", List.of(file, String.valueOf(line), text));
        }
    }

    private ChecklistFile() {
    }

    static Checklist parse(String file, String content, String providerId) throws Malformed {
        String id = null;
        String name = null;
        Stage stage = null;
        Set<Engine> engines = EnumSet.noneOf(Engine.class);
        List<ChecklistItem> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int number = 0;
        for (String raw : content.lines().toList()) {
            number++;
            String line = raw.strip();
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                int eq = line.indexOf('=');
                String[] words = line.split("\\s+");
                if (eq > 0 && items.isEmpty() && words.length >= 2 && words[1].equals("=")) {
                    String key = line.substring(0, eq).strip();
                    String value = line.substring(eq + 1).strip();
                    switch (key) {
                    case "id" -> id = value;
                    case "name" -> name = value;
                    case "stage" -> stage = Stage.valueOf(value.toUpperCase(Locale.ROOT));
                    case "engines" -> {
                        for (String e : value.split(",")) {
                            engines.add(Engine.valueOf(e.strip().toUpperCase(Locale.ROOT)));
                        }
                    }
                    default -> throw new Malformed(file, number, line);
                    }
                    continue;
                }
                ChecklistItem item = switch (words[0]) {
                case "check" -> words.length == 3 ? ChecklistItem.check(words[1], words[2]) : null;
                case "passfail" -> words.length == 2
                        ? new ChecklistItem(words[1], ItemKind.PASS_FAIL, null, "item." + words[1], null, null, null)
                        : null;
                case "value" -> words.length == 5 ? new ChecklistItem(words[1], ItemKind.VALUE, null,
                        "item." + words[1], words[2], bound(words[3]), bound(words[4])) : null;
                default -> null;
                };
                if (item == null || !seen.add(item.id())) {
                    throw new Malformed(file, number, line);
                }
                items.add(item);
            } catch (IllegalArgumentException e) { // an unknown stage or engine, a bound that is no number
                throw new Malformed(file, number, line);
            }
        }
        if (id == null || name == null || stage == null || engines.isEmpty() || items.isEmpty()) {
            throw new Malformed(file, number, "id, name, stage, engines and at least one item are needed");
        }
        return new Checklist(id, name, stage, engines, items, providerId);
    }

    private static Double bound(String word) {
        return "-".equals(word) ? null : Double.valueOf(word);
    }
}
