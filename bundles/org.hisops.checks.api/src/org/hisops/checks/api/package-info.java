/**
 * The check catalogue model shared by assessment (upgrade readiness) and inspection (daily and monthly lists): a
 * {@link Check} is data (id, category, engines, version range, severity, stages, SQL resource ids, recommendation,
 * optional {@link Fixup}, training link) plus a small {@link CheckEvaluator} that turns rows into {@link Finding}s
 * with translation keys and arguments. {@link CheckCatalogue}s are DS services, so a vendor bundle adds checks;
 * {@link CheckList}s name checks by id for inspection. The {@link CheckRunner} service runs a catalogue's applicable
 * checks for an endpoint and keeps every {@link RunResult} in the embedded store.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.hisops.checks.api;
