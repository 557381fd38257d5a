package org.hisops.dataguard.api;

import java.time.Instant;

/**
 * One point of a standby's lag history.
 *
 * @param siteId the site
 * @param standbyId the standby's endpoint id
 * @param at when the figures were read
 * @param figures the figures (unknown ones null)
 * @param verdict the verdict at that moment
 * @param reachable whether the standby answered
 */
public record LagSample(String siteId, String standbyId, Instant at, LagFigures figures, Verdict verdict,
        boolean reachable) {
}
