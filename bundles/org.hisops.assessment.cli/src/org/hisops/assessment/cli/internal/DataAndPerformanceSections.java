package org.hisops.assessment.cli.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hisops.assessment.data.api.Baseline;
import org.hisops.assessment.data.api.BaselineSummary;
import org.hisops.assessment.data.api.DataAssessment;
import org.hisops.assessment.data.api.DataAssessmentResult;
import org.hisops.assessment.data.api.DataRequest;
import org.hisops.assessment.data.api.PerformanceBaselines;
import org.hisops.assessment.report.AssessmentSection;
import org.hisops.assessment.report.AssessmentSectionProvider;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.Endpoint;
import org.hisops.platform.api.BundleTexts;
import org.hisops.platform.api.CapabilityRefusedException;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.report.Json;
import org.hisops.report.Report;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The data assessment and the performance baselines in the combined report: a fresh data assessment of the endpoint
 * (volumes, LOBs, partitions, statistics freshness, growth, Data Pump estimate), and the newest saved baseline with
 * its comparison against the one before (baselines take a measured interval, so the report uses those the DBA took,
 * never waits for one). Left out when the site switched the capability off.
 */
@Component(service = AssessmentSectionProvider.class)
public final class DataAndPerformanceSections implements AssessmentSectionProvider {

    static final String CAPABILITY = "org.hisops.assessment.data";
    /** Statements whose elapsed time per execution rose by more than this are listed as regressed. */
    static final double REGRESSION_PERCENT = 20;
    private static final BundleTexts TEXTS = BundleTexts.of(DataAndPerformanceSections.class);

    private final DataAssessment data;
    private final PerformanceBaselines baselines;
    private final CapabilityRegistry registry;

    @Activate
    public DataAndPerformanceSections(@Reference DataAssessment data, @Reference PerformanceBaselines baselines,
            @Reference CapabilityRegistry registry) {
        this.data = data;
        this.baselines = baselines;
        this.registry = registry;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String name(Locale locale) {
        return TEXTS.text(locale, "section.data.title", "");
    }

    @Override
    public Optional<AssessmentSection> section(Endpoint endpoint, Cancellation cancellation) throws DatabaseException {
        try {
            registry.require(endpoint.siteId(), CAPABILITY);
        } catch (CapabilityRefusedException e) {
            return Optional.empty();
        }
        DataAssessmentResult result = data.assess(endpoint, DataRequest.all(), cancellation);
        List<BaselineSummary> saved = baselines.list(endpoint.id());
        Baseline newest = saved.isEmpty() ? null : baselines.load(saved.get(0).id()).orElse(null);
        Baseline before = saved.size() < 2 ? null : baselines.load(saved.get(1).id()).orElse(null);
        return Optional.of(new AssessmentSection() {
            @Override
            public String id() {
                return "data";
            }

            @Override
            public String title(Locale locale) {
                return TEXTS.text(locale, "section.data.title", "");
            }

            @Override
            public void addTo(Report.Builder report, Locale locale) {
                data.appendTo(report, result, locale);
                if (newest == null) {
                    report.paragraph(TEXTS.text(locale, "section.no.baseline", ""));
                    return;
                }
                baselines.appendTo(report, newest, locale);
                if (before != null) {
                    baselines.appendTo(report, baselines.compare(before, newest, REGRESSION_PERCENT), locale);
                }
            }

            @Override
            public Json.Obj json(Locale locale) {
                return Json.object().put("data", result.toJson())
                        .put("baseline", newest == null ? null : newest.toJson())
                        .put("baselineComparison", before == null ? null
                                : baselines.compare(before, newest, REGRESSION_PERCENT).toJson());
            }
        });
    }
}
