package org.hisops.migration.copy;

/**
 * A row the target refused, isolated from its batch.
 *
 * @param table the source table
 * @param key the row's key as text ({@code col=value, ...}; the whole row for a table without a key), at most
 *            4000 characters
 * @param reason the reason's code ({@code copy.reject.<reason>} in this bundle's texts): {@code invalid-text}
 *            (a NUL byte or an invalid byte sequence), {@code too-long}, {@code out-of-range}, {@code invalid-date},
 *            {@code check}, {@code not-null}, {@code duplicate}, {@code invalid-value}, {@code other}
 * @param sqlState the target's SQLSTATE
 * @param message the target's message (no credentials: the server's text about the value)
 */
public record CopyReject(String table, String key, String reason, String sqlState, String message) {
}
