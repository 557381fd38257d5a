package org.hisops.migration.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A migration project of a site: where the data comes from and goes to, which tables, and how they are verified.
 * Kept by {@link MigrationProjects}; the copy and verification runs made for it are listed with
 * {@link MigrationProjects#runs}. Holds endpoint ids only, never a credential.
 *
 * @param id the project's id ({@code null} before it is first saved)
 * @param siteId the site it belongs to
 * @param name the name the team gives it, unique within the site (e.g. "HIS 门诊 -> KingbaseES")
 * @param sourceEndpointId the source endpoint
 * @param sourceSchema the source schema (Oracle: the owner)
 * @param targetEndpointId the target endpoint
 * @param targetSchema the target schema
 * @param include table name patterns to take, separated by commas ({@code *} and {@code ?} wildcards, case
 *            ignored); empty takes every table
 * @param exclude table name patterns to leave out, applied after {@code include}
 * @param tables tables chosen one by one; when not empty only these are taken (the patterns still exclude)
 * @param verifyMode how its verifications run
 * @param samplePercent for SAMPLE: the share of segments compared (1-100)
 * @param modified when it was last saved ({@code null} before)
 * @since 1.1
 */
public record MigrationProject(String id, String siteId, String name, String sourceEndpointId, String sourceSchema,
        String targetEndpointId, String targetSchema, String include, String exclude, List<String> tables,
        VerifyMode verifyMode, int samplePercent, Instant modified) {

    public MigrationProject {
        Objects.requireNonNull(siteId, "siteId");
        name = Objects.requireNonNull(name, "name").strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a project needs a name");
        }
        Objects.requireNonNull(sourceEndpointId, "sourceEndpointId");
        Objects.requireNonNull(sourceSchema, "sourceSchema");
        Objects.requireNonNull(targetEndpointId, "targetEndpointId");
        Objects.requireNonNull(targetSchema, "targetSchema");
        include = include == null ? "" : include.strip();
        exclude = exclude == null ? "" : exclude.strip();
        tables = tables == null ? List.of() : List.copyOf(tables);
        verifyMode = verifyMode == null ? VerifyMode.CHECKSUM : verifyMode;
        if (samplePercent < 1 || samplePercent > 100) {
            throw new IllegalArgumentException("sample percent must be 1-100: " + samplePercent);
        }
    }

    /** Whether the project takes a source table of this name (the filters and the chosen tables). */
    public boolean selects(String table) {
        if (!tables.isEmpty() && tables.stream().noneMatch(t -> t.equalsIgnoreCase(table))) {
            return false;
        }
        return (include.isEmpty() || matches(include, table)) && (exclude.isEmpty() || !matches(exclude, table));
    }

    /** The source tables of {@code available} the project takes, in their order. */
    public List<String> select(List<String> available) {
        return available.stream().filter(this::selects).toList();
    }

    private static boolean matches(String patterns, String table) {
        for (String p : patterns.split(",")) {
            String glob = p.strip();
            if (!glob.isEmpty() && glob(glob).matcher(table).matches()) {
                return true;
            }
        }
        return false;
    }

    private static Pattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> re.append(".*");
                case '?' -> re.append('.');
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A copy with another id and time (the store's when it saves). */
    public MigrationProject saved(String newId, Instant when) {
        return new MigrationProject(newId, siteId, name, sourceEndpointId, sourceSchema, targetEndpointId,
                targetSchema, include, exclude, tables, verifyMode, samplePercent, when);
    }

    /** The name for sorting, case folded. */
    public String sortKey() {
        return name.toLowerCase(Locale.ROOT);
    }
}
