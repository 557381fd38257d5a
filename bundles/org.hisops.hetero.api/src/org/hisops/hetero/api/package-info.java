/**
 * Heterogeneous assessment of an Oracle source towards PostgreSQL or KingbaseES: the object inventory
 * ({@link AssessedObject} per table, type, package, procedure, function, trigger, sequence, synonym, database link,
 * materialised view and job), the documented {@link ConversionRule}s that fired on each with their lines, the verdict
 * ({@link Conversion} AUTO / REVIEW / MANUAL) for a {@link TargetFlavour}, and the effort in units and person-days
 * after an {@link EffortTable}. The {@link HeterogeneousAssessor} service runs it headless.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.hisops.hetero.api;
