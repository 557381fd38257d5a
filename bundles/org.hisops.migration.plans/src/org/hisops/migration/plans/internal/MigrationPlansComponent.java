package org.hisops.migration.plans.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hisops.checks.api.Check;
import org.hisops.checks.api.CheckCatalogue;
import org.hisops.checks.api.Stage;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.migration.plans.CutoverRunbook;
import org.hisops.migration.plans.DataPumpPlan;
import org.hisops.migration.plans.MigrationPlan;
import org.hisops.migration.plans.MigrationPlans;
import org.hisops.migration.plans.PlanRequest;
import org.hisops.migration.plans.RmanPlan;
import org.hisops.migration.plans.SourceProfile;
import org.hisops.platform.api.SiteSettings;
import org.hisops.report.ReportRenderer;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The {@link MigrationPlans} service. */
@Component(service = MigrationPlans.class)
public final class MigrationPlansComponent implements MigrationPlans {

    /** The upgrade readiness catalogue whose AFTER_UPGRADE checks the runbook names. */
    static final String READINESS_CATALOGUE = "oracle.upgrade.11.2";
    static final String READINESS_BUNDLE = "org.hisops.assessment.core";
    static final String PARAMETERS_FILE = "data/oracle-11.2-parameters.tsv";
    static final String BACKUP_FOLDER = "/backup/rman/";

    private final DatabaseSessions sessions;
    private final EndpointDirectory endpoints;
    private final SiteSettings settings;
    private final List<CheckCatalogue> catalogues = new CopyOnWriteArrayList<>();
    private volatile ReportRenderer renderer;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public MigrationPlansComponent(@Reference DatabaseSessions sessions, @Reference EndpointDirectory endpoints,
            @Reference SiteSettings settings) {
        this.sessions = sessions;
        this.endpoints = endpoints;
        this.settings = settings;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCatalogue(CheckCatalogue catalogue) {
        catalogues.add(catalogue);
    }

    void removeCatalogue(CheckCatalogue catalogue) {
        catalogues.remove(catalogue);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setRenderer(ReportRenderer renderer) {
        this.renderer = renderer;
    }

    void unsetRenderer(ReportRenderer renderer) {
        if (this.renderer == renderer) {
            this.renderer = null;
        }
    }

    @Override
    public MigrationPlan plan(PlanRequest request, Cancellation cancellation) throws DatabaseException {
        Endpoint endpoint = endpoints.find(request.sourceEndpointId())
                .orElseThrow(() -> new IllegalArgumentException("no endpoint " + request.sourceEndpointId()));
        return plan(request, SourceReader.read(sessions, endpoint, cancellation));
    }

    @Override
    public MigrationPlan plan(PlanRequest request, SourceProfile source) {
        Figures figures = Figures.of(settings, request.siteId());
        var created = clock.instant();
        DataPumpPlan dataPump = DataPumpPlanner.plan(request, source, figures, created);
        RmanPlan rman = RmanPlanner.plan(source, BACKUP_FOLDER, parameterChanges(), afterUpgradeChecks(), figures);
        CutoverRunbook cutover = CutoverPlanner.plan(request, source, dataPump, figures);
        return new MigrationPlan(request, source, dataPump, rman, cutover, created);
    }

    @Override
    public List<Path> write(MigrationPlan plan, Path folder, Locale locale) throws IOException {
        return PlanFiles.write(PlanFiles.contents(plan,
                DataPumpPlanner.fallbackParfile(plan.request(), plan.source(), plan.created()), renderer, locale),
                folder);
    }

    /** The readiness catalogue's checks of stage AFTER_UPGRADE, by id (empty when it is not installed). */
    List<String> afterUpgradeChecks() {
        List<String> ids = new ArrayList<>();
        for (CheckCatalogue catalogue : catalogues) {
            if (READINESS_CATALOGUE.equals(catalogue.id())) {
                for (Check check : catalogue.checks()) {
                    if (check.stages().contains(Stage.AFTER_UPGRADE)) {
                        ids.add(check.id());
                    }
                }
            }
        }
        return ids;
    }

    /** The obsolete/deprecated/renamed parameters from the readiness catalogue's data file, when it is installed. */
    static Map<String, RmanPlanner.ParameterChange> parameterChanges() {
        Map<String, RmanPlanner.ParameterChange> changes = new HashMap<>();
        Bundle self = FrameworkUtil.getBundle(MigrationPlansComponent.class);
        if (self == null || self.getBundleContext() == null) {
            return changes;
        }
        for (Bundle bundle : self.getBundleContext().getBundles()) {
            if (!READINESS_BUNDLE.equals(bundle.getSymbolicName())) {
                continue;
            }
            URL entry = bundle.getEntry(PARAMETERS_FILE);
            if (entry == null) {
                continue;
            }
            try (BufferedReader in = new BufferedReader(new InputStreamReader(entry.openStream(), StandardCharsets.UTF_8))) {
                parse(in.lines().toList(), changes);
            } catch (IOException e) {
                return Map.of(); // unreadable: the pfile says the parameters were not checked
            }
        }
        return changes;
    }

    static void parse(List<String> lines, Map<String, RmanPlanner.ParameterChange> changes) {
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("NAME\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length >= 4) {
                changes.put(f[0].strip().toLowerCase(Locale.ROOT), new RmanPlanner.ParameterChange(f[1].strip(),
                        f[2].strip(), f[3].strip()));
            }
        }
    }
}
