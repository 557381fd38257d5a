/**
 * The HisOps capability contract.
 * <p>
 * A capability is one function of the product that a hospital database team uses (an upgrade assessment, the Data
 * Guard console, the monthly inspection, ...). It is a Declarative Services component that provides
 * {@link org.hisops.platform.api.Capability}; the platform's {@link org.hisops.platform.api.CapabilityRegistry}
 * tracks every such service dynamically, so installing, starting, stopping, updating or uninstalling the bundle
 * that provides it makes it appear in or disappear from the product at once. A capability's view side is a
 * separate service in its {@code .ui} bundle (see {@code org.hisops.platform.ui.CapabilityView}), so the same
 * capability also runs headless.
 * <p>
 * This package is the whole API a vendor needs; docs/architecture.md walks through a complete example.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.hisops.platform.api;
