package org.hisops.hetero.api;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A documented conversion rule: where it looks, the pattern, and its verdict and effort per flavour. Its texts are
 * keys of the providing bundle: {@code rule.<id>} (what it detects) and {@code rule.<id>.why}.
 *
 * @param id dotted, e.g. {@code plsql.connect.by}
 * @param kinds the object kinds it reads
 * @param pattern the regular expression (case-insensitive) matched against each line of the object's text
 * @param postgresql the verdict for PostgreSQL
 * @param kingbase the verdict for KingbaseES in Oracle mode
 * @param postgresqlUnits units per occurrence for PostgreSQL
 * @param kingbaseUnits units per occurrence for KingbaseES
 */
public record ConversionRule(String id, Set<ObjectKind> kinds, String pattern, Conversion postgresql,
        Conversion kingbase, double postgresqlUnits, double kingbaseUnits) {

    public ConversionRule {
        Objects.requireNonNull(id, "id");
        kinds = Set.copyOf(kinds);
    }

    public Conversion conversion(TargetFlavour flavour) {
        return flavour == TargetFlavour.KINGBASE ? kingbase : postgresql;
    }

    public double units(TargetFlavour flavour) {
        return flavour == TargetFlavour.KINGBASE ? kingbaseUnits : postgresqlUnits;
    }

    public String titleKey() {
        return "rule." + id;
    }

    public String whyKey() {
        return "rule." + id + ".why";
    }

    /** Whether it converts automatically for that flavour, as the docs' table says it. */
    public boolean automatic(TargetFlavour flavour) {
        return conversion(flavour) == Conversion.AUTO;
    }

    @Override
    public String toString() {
        return id + " " + postgresql.name().toLowerCase(Locale.ROOT) + "/" + kingbase.name().toLowerCase(Locale.ROOT);
    }
}
