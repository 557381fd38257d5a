package org.hisops.hetero.core.internal;

/**
 * Blanks comments and string literals of PL/SQL, line by line with state across lines, so that a rule does not fire
 * on a comment that mentions ROWNUM or on a message text. Quoted identifiers are kept. Oracle's q'[...]' literals
 * (10g+) are blanked too.
 */
final class PlsqlText {

    private boolean inBlockComment;
    private boolean inString;
    private char qClose;

    String code(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (inBlockComment) {
                if (c == '*' && i + 1 < n && line.charAt(i + 1) == '/') {
                    inBlockComment = false;
                    out.append("  ");
                    i += 2;
                } else {
                    out.append(' ');
                    i++;
                }
            } else if (inString) {
                if (qClose != 0) {
                    if (c == qClose && i + 1 < n && line.charAt(i + 1) == '\'') {
                        inString = false;
                        qClose = 0;
                        out.append("''");
                        i += 2;
                        continue;
                    }
                } else if (c == '\'') {
                    if (i + 1 < n && line.charAt(i + 1) == '\'') {
                        out.append("  ");
                        i += 2;
                        continue;
                    }
                    inString = false;
                    out.append('\'');
                    i++;
                    continue;
                }
                out.append(' ');
                i++;
            } else if (c == '-' && i + 1 < n && line.charAt(i + 1) == '-') {
                break; // the rest of the line is a comment
            } else if (c == '/' && i + 1 < n && line.charAt(i + 1) == '*') {
                inBlockComment = true;
                out.append("  ");
                i += 2;
            } else if ((c == 'q' || c == 'Q') && i + 2 < n && line.charAt(i + 1) == '\''
                    && (i == 0 || !Character.isLetterOrDigit(line.charAt(i - 1)))) {
                char open = line.charAt(i + 2);
                qClose = switch (open) {
                    case '[' -> ']';
                    case '(' -> ')';
                    case '{' -> '}';
                    case '<' -> '>';
                    default -> open;
                };
                inString = true;
                out.append("'  ");
                i += 3;
            } else if (c == '\'') {
                inString = true;
                out.append('\'');
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
