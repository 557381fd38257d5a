package org.hisops.migration.plans;

import java.util.List;

/**
 * The generated expdp and impdp parameter files. With a network link there is no export and no dump file: impdp on
 * the 11.2 target reads the 10.2 source over the link.
 *
 * @param exportParameters expdp's lines (empty with a network link)
 * @param importParameters impdp's lines
 * @param expdpParfile the expdp parameter file text (empty with a network link)
 * @param impdpParfile the impdp parameter file text
 * @param parallel the degree chosen
 * @param estimate size and durations
 * @param networkLinkRequirementKeys what the link needs, as translation keys (empty without a link)
 */
public record DataPumpPlan(List<PlanParameter> exportParameters, List<PlanParameter> importParameters,
        String expdpParfile, String impdpParfile, int parallel, Estimate estimate,
        List<String> networkLinkRequirementKeys) {

    public DataPumpPlan {
        exportParameters = List.copyOf(exportParameters);
        importParameters = List.copyOf(importParameters);
        networkLinkRequirementKeys = List.copyOf(networkLinkRequirementKeys);
    }
}
