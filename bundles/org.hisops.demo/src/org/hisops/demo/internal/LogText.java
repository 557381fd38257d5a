package org.hisops.demo.internal;

import java.util.regex.Pattern;

/**
 * What the demo writes to the log and into {@code DemoStatus.detail()}: failure texts with every password blotted
 * out. The harness's messages quote the SQL that failed (CREATE ROLE ... PASSWORD '...') and connection strings
 * (password=...), so secrets are removed by their form, whichever statement carried them.
 */
final class LogText {

    private static final Pattern QUOTED = Pattern.compile("(?i)(password\\s*)'(?:[^']|'')*'");
    private static final Pattern KEY_VALUE = Pattern.compile("(?i)(password\\s*=\\s*)('(?:[^']|'')*'|[^\\s'\"]+)");

    private LogText() {
    }

    /** {@code text} without passwords, or {@code null}. */
    static String redact(String text) {
        if (text == null) {
            return null;
        }
        String redacted = QUOTED.matcher(text).replaceAll("$1'***'");
        return KEY_VALUE.matcher(redacted).replaceAll("$1***");
    }

    /** A failure's message and its causes' messages, without passwords. */
    static String of(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null && text.length() < 8_000; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append("\ncaused by: ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
            if (t.getCause() == t) {
                break;
            }
        }
        return redact(text.toString());
    }
}
