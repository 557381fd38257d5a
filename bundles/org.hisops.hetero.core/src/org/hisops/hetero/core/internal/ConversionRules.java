package org.hisops.hetero.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hisops.hetero.api.AssessedObject;
import org.hisops.hetero.api.Conversion;
import org.hisops.hetero.api.ConversionRule;
import org.hisops.hetero.api.EffortTable;
import org.hisops.hetero.api.ObjectKind;
import org.hisops.hetero.api.RuleHit;
import org.hisops.hetero.api.TargetFlavour;

/**
 * The documented rules ({@code data/conversion-rules.tsv}) and their application: each rule's pattern against each
 * line of an object of its kinds; every match is a hit with the rule's verdict and units for the flavour; the object
 * takes the most any hit needs, and its units are the kind's base, the hits' units and its PL/SQL length.
 */
final class ConversionRules {

    static final String FILE = "data/conversion-rules.tsv";
    private static final int TEXT_LIMIT = 200;

    private record Compiled(ConversionRule rule, Pattern pattern) {
    }

    private final List<Compiled> rules;

    private ConversionRules(List<Compiled> rules) {
        this.rules = List.copyOf(rules);
    }

    static ConversionRules read(InputStream in) throws IOException {
        List<Compiled> rules = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("ID\t")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 7) {
                    throw new IOException(FILE + " line " + number + ": 7 tab-separated fields expected, " + f.length
                            + " found");
                }
                Set<ObjectKind> kinds = EnumSet.noneOf(ObjectKind.class);
                Arrays.stream(f[1].split(",")).map(String::trim).map(ObjectKind::valueOf).forEach(kinds::add);
                ConversionRule rule = new ConversionRule(f[0], kinds, f[6], Conversion.valueOf(f[2]),
                        Conversion.valueOf(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]));
                rules.add(new Compiled(rule, Pattern.compile(f[6], Pattern.CASE_INSENSITIVE)));
            }
        } catch (IllegalArgumentException e) {
            throw new IOException(FILE + ": " + e.getMessage(), e);
        }
        return new ConversionRules(rules);
    }

    List<ConversionRule> rules() {
        return rules.stream().map(Compiled::rule).toList();
    }

    AssessedObject assess(SourceObject object, TargetFlavour flavour, EffortTable effort) {
        List<RuleHit> hits = new ArrayList<>();
        Conversion conversion = Conversion.AUTO;
        double units = effort.base(object.kind()) + object.sourceLines() / effort.sourceLinesPerUnit();
        for (Compiled c : rules) {
            if (!c.rule().kinds().contains(object.kind())) {
                continue;
            }
            for (SourceObject.Line line : object.lines()) {
                Matcher m = c.pattern().matcher(line.text());
                while (m.find()) {
                    RuleHit hit = new RuleHit(c.rule().id(), c.rule().conversion(flavour), c.rule().units(flavour),
                            line.number(), shorten(line.original()));
                    hits.add(hit);
                    conversion = Conversion.max(conversion, hit.conversion());
                    units += hit.units();
                    if (m.end() == m.start()) {
                        break;
                    }
                }
            }
        }
        hits.sort(Comparator.comparingInt(RuleHit::line));
        return new AssessedObject(object.owner(), object.name(), object.kind(), conversion, round(units),
                object.sourceLines(), hits);
    }

    static double round(double units) {
        return Math.round(units * 100.0) / 100.0;
    }

    private static String shorten(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() <= TEXT_LIMIT ? t : t.substring(0, TEXT_LIMIT - 3) + "...";
    }
}
