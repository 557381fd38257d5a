package org.hisops.hetero.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.hetero.api.AssessedObject;
import org.hisops.hetero.api.ConversionRule;
import org.hisops.hetero.api.EffortTable;
import org.hisops.hetero.api.HeteroAssessment;
import org.hisops.hetero.api.HeteroProgress;
import org.hisops.hetero.api.HeterogeneousAssessor;
import org.hisops.hetero.api.ObjectKind;
import org.hisops.hetero.api.TargetFlavour;
import org.hisops.platform.api.BundleTexts;
import org.hisops.platform.api.SiteSettings;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The {@link HeterogeneousAssessor}: one read-only session per assessment, schema after schema. */
@Component(service = HeterogeneousAssessor.class)
public class HeterogeneousAssessorComponent implements HeterogeneousAssessor {

    /** Site settings that override data/effort.properties carry this prefix. */
    public static final String EFFORT_PREFIX = HeteroCapability.ID + ".effort.";

    private final DatabaseSessions sessions;
    private final ConversionRules rules;
    private final Properties effort;
    private final Set<String> oracleSchemas;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SiteSettings settings;

    @org.osgi.service.component.annotations.Activate
    public HeterogeneousAssessorComponent(@Reference DatabaseSessions sessions) {
        this.sessions = sessions;
        this.rules = shippedRules();
        this.effort = new Properties();
        try (InputStream in = resource("data/effort.properties")) {
            effort.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> schemas = new LinkedHashSet<>();
        try (InputStream in = resource("data/oracle-schemas.txt")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(schemas::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.oracleSchemas = Collections.unmodifiableSet(schemas);
    }

    static ConversionRules shippedRules() {
        try (InputStream in = resource(ConversionRules.FILE)) {
            return ConversionRules.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = HeterogeneousAssessorComponent.class.getResourceAsStream("/" + path);
        if (in == null) {
            throw new IOException(path + " is missing from " + HeterogeneousAssessorComponent.class.getName()
                    + "'s bundle");
        }
        return in;
    }

    @Override
    public HeteroAssessment assess(Endpoint endpoint, TargetFlavour flavour, Set<String> schemas,
            HeteroProgress progress, Cancellation cancellation) throws DatabaseException {
        if (endpoint.engine() != Engine.ORACLE) {
            throw new IllegalArgumentException(endpoint.id() + " is " + endpoint.engine() + ", not an Oracle source");
        }
        HeteroProgress p = progress == null ? HeteroProgress.NONE : progress;
        Cancellation c = cancellation == null ? Cancellation.none() : cancellation;
        EffortTable table = effort(endpoint.siteId());
        Instant started = Instant.now();
        List<AssessedObject> objects = Collections.synchronizedList(new ArrayList<>());
        List<String> read = Collections.synchronizedList(new ArrayList<>());
        String[] facts = new String[2];
        try {
            sessions.read(endpoint, session -> {
                facts[0] = session.serverVersion().toString();
                facts[1] = OracleInventory.characterSet(session);
                List<String> todo = schemas == null || schemas.isEmpty()
                        ? OracleInventory.schemas(session, oracleSchemas)
                        : schemas.stream().map(s -> s.toUpperCase(Locale.ROOT)).sorted().toList();
                p.started(todo.size());
                OracleInventory inventory = new OracleInventory(session, facts[1]);
                int done = 0;
                for (String schema : todo) {
                    if (c.isCancelled()) {
                        break;
                    }
                    for (SourceObject o : inventory.read(schema)) {
                        objects.add(rules.assess(o, flavour, table));
                    }
                    read.add(schema);
                    p.schemaDone(schema, ++done, todo.size());
                }
                return null;
            }, c);
        } catch (DatabaseException e) {
            if (!c.isCancelled()) {
                throw e;
            }
        }
        return new HeteroAssessment(endpoint.id(), facts[0], facts[1], flavour, endpoint.emulated(), started,
                Instant.now(), c.isCancelled(), read, objects, table);
    }

    @Override
    public List<ConversionRule> rules() {
        return rules.rules();
    }

    @Override
    public EffortTable effort(String siteId) {
        Properties merged = new Properties();
        merged.putAll(effort);
        SiteSettings s = settings;
        if (s != null && siteId != null) {
            try {
                s.all(siteId).forEach((k, v) -> {
                    if (k.startsWith(EFFORT_PREFIX)) {
                        merged.setProperty(k.substring(EFFORT_PREFIX.length()), v);
                    }
                });
            } catch (IllegalArgumentException unknownSite) {
                // an endpoint of a deleted site: the shipped table
            }
        }
        return effortTable(merged);
    }

    /** A site value that is not a number is ignored in favour of the shipped one, so a typo cannot stop a run. */
    EffortTable effortTable(Properties p) {
        Map<ObjectKind, Double> base = new EnumMap<>(ObjectKind.class);
        for (ObjectKind k : ObjectKind.values()) {
            base.put(k, number(p, "base." + k.name()));
        }
        return new EffortTable(number(p, "minutesPerUnit"), number(p, "hoursPerDay"), number(p, "sourceLinesPerUnit"),
                base);
    }

    private double number(Properties p, String key) {
        try {
            double v = Double.parseDouble(p.getProperty(key, "").trim());
            if (v >= 0 && !Double.isInfinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through to the shipped figure
        }
        return Double.parseDouble(effort.getProperty(key, "0").trim());
    }

    @Override
    public String text(Locale locale, String key, Object... arguments) {
        return BundleTexts.of(getClass()).format(locale, key, arguments);
    }
}
