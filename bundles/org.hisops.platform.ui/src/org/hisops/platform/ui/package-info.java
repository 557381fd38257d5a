/**
 * The view side of a capability. A capability's {@code .ui} bundle registers a {@link CapabilityView} as a
 * prototype-scoped DS service with the {@value org.hisops.platform.api.Capability#ID_PROPERTY} property set to the
 * capability's id; the shell creates one instance per open part and disposes it when the part closes. Only
 * {@code .ui} bundles may depend on this package (it brings SWT).
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.hisops.platform.ui;
