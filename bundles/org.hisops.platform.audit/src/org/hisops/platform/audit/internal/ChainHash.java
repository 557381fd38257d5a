package org.hisops.platform.audit.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash that chains the audit log: SHA-256 over a canonical encoding of an entry's fields and the previous
 * entry's hash. The encoding is unambiguous: a fixed tag, then every field as its UTF-8 bytes preceded by their
 * length (4 bytes, big-endian), in the order sequence (decimal), time (epoch milliseconds, decimal), user, role,
 * site, action, target, outcome (enum names), detail, previous hash (64 hex digits). So no two different entries
 * encode alike, however their texts are split.
 */
final class ChainHash {

    /** The previous hash of entry 1. */
    static final String GENESIS = "0".repeat(64);
    private static final byte[] TAG = "hisops-audit-1".getBytes(StandardCharsets.US_ASCII);

    private ChainHash() {
    }

    static String of(long sequence, long epochMillis, String user, String role, String site, String action,
            String target, String outcome, String detail, String previousHash) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        field(sha, TAG);
        for (String value : new String[] { Long.toString(sequence), Long.toString(epochMillis), user, role, site,
                action, target, outcome, detail, previousHash }) {
            field(sha, value.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void field(MessageDigest sha, byte[] bytes) {
        sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
    }
}
