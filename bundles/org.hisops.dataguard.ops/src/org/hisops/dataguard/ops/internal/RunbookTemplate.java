package org.hisops.dataguard.ops.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hisops.dataguard.api.RunbookStep;

/** A runbook file of this bundle (see runbooks/README.md), filled in with the endpoints' real values. */
final class RunbookTemplate {

    private static final Pattern LINE = Pattern.compile(
            "(PRIMARY|STANDBY)\\s+(SQL|CHECK|SERVER)\\s+(\\S+)\\s+(yes|no)\\s+(\\S+)\\s*\\|\\s*(.+)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z.]+)}");

    private final String name;
    private final List<String> lines;

    private RunbookTemplate(String name, List<String> lines) {
        this.name = name;
        this.lines = lines;
    }

    /** Loads {@code runbooks/<path>.runbook} from this bundle. */
    static RunbookTemplate load(String path) {
        String resource = "/runbooks/" + path + ".runbook";
        try (InputStream in = RunbookTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no runbook " + resource);
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null;) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        lines.add(line.strip());
                    }
                }
            }
            return new RunbookTemplate(path, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The steps with the placeholders filled; an unknown placeholder is a programming error. */
    List<RunbookStep> steps(Map<String, String> values, String primaryId, String standbyId) {
        List<RunbookStep> steps = new ArrayList<>();
        for (String line : lines) {
            Matcher m = LINE.matcher(fill(line, values));
            if (!m.matches()) {
                throw new IllegalStateException("runbook " + name + ": malformed line: " + line);
            }
            String text = m.group(6).strip();
            List<String> expected = List.of();
            int arrow = text.lastIndexOf(" => ");
            if (arrow > 0) {
                expected = List.of(text.substring(arrow + 4).strip().split("\\|"));
                text = text.substring(0, arrow).strip();
            }
            String endpoint = m.group(1).equals("PRIMARY") ? primaryId : standbyId;
            steps.add(new RunbookStep(steps.size() + 1, endpoint, RunbookStep.Kind.valueOf(m.group(2)), text,
                    Integer.parseInt(m.group(3)), m.group(4).equals("yes"), m.group(5), expected));
        }
        return steps;
    }

    private String fill(String line, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(line);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("runbook " + name + ": no value for ${" + m.group(1) + "}");
            }
            m.appendReplacement(b, Matcher.quoteReplacement(value));
        }
        m.appendTail(b);
        return b.toString();
    }
}
