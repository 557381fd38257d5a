package org.hisops.platform.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hisops.platform.api.StoreException;
import org.hisops.platform.api.StoreException.Reason;
import org.osgi.framework.Bundle;

/**
 * One numbered schema script of an owner: {@code V<n>__<words>.sql}, UTF-8, statements separated by {@code ;}.
 *
 * @param checksum SHA-256 (hex) of the text with line endings normalised to LF and without a byte order mark, so a
 *        checkout that turns LF into CRLF does not count as a change
 */
record SchemaScript(int version, String name, String text, String checksum) {

    static final Pattern NAME = Pattern.compile("V([1-9][0-9]{0,8})__[A-Za-z0-9_.-]+\\.sql");

    static SchemaScript of(String name, byte[] bytes) throws StoreException {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw new StoreException(Reason.SCRIPT_INVALID, null, name + " is not named V<number>__<words>.sql", null);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new StoreException(Reason.SCRIPT_INVALID, null, name + " is not UTF-8", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        return new SchemaScript(Integer.parseInt(m.group(1)), name, text, sha256(text));
    }

    /** The owner's scripts in the bundle's folder (fragments included), in order, checked to run from 1 without gaps. */
    static List<SchemaScript> read(Bundle bundle, String folder) throws StoreException {
        List<SchemaScript> scripts = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(folder, "*.sql", false);
        while (entries != null && entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String path = url.getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            try (InputStream in = url.openStream()) {
                scripts.add(of(name, in.readAllBytes()));
            } catch (IOException e) {
                throw new StoreException(Reason.SCRIPT_INVALID, null, "cannot read " + bundle.getSymbolicName() + "/" + folder
                        + "/" + name, e);
            }
        }
        scripts.sort(Comparator.comparingInt(SchemaScript::version));
        for (int i = 0; i < scripts.size(); i++) {
            if (scripts.get(i).version() != i + 1) {
                throw new StoreException(Reason.SCRIPT_INVALID, null, bundle.getSymbolicName() + "/" + folder
                        + ": the scripts must be numbered 1, 2, 3 ... without gaps or doubles, found "
                        + scripts.stream().map(SchemaScript::name).toList(), null);
            }
        }
        if (scripts.isEmpty()) {
            throw new StoreException(Reason.SCRIPT_INVALID, null, bundle.getSymbolicName() + " has no V1__*.sql in " + folder, null);
        }
        return scripts;
    }

    /**
     * The statements of the script: split at {@code ;} outside quotes and comments; statements that hold nothing but
     * comments and blanks are dropped.
     */
    List<String> statements() {
        return split(text);
    }

    static List<String> split(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean content = false;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? n : end;
                current.append(sql, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                current.append(sql, i, end);
                i = end;
            } else if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < n) {
                    if (sql.charAt(end) == c) {
                        if (end + 1 < n && sql.charAt(end + 1) == c) {
                            end += 2; // doubled quote inside
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                end = Math.min(end + 1, n);
                current.append(sql, i, end);
                content = true;
                i = end;
            } else if (c == ';') {
                if (content) {
                    statements.add(current.toString().strip());
                }
                current.setLength(0);
                content = false;
                i++;
            } else {
                current.append(c);
                content |= !Character.isWhitespace(c);
                i++;
            }
        }
        if (content) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
