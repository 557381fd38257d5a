package org.hisops.platform.api;

import java.net.URL;
import java.util.Locale;

import org.osgi.annotation.versioning.ConsumerType;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * One function of HisOps, contributed as a Declarative Services component. A minimal capability is:
 *
 * <pre>
 * &#64;Component
 * public class LisInspectionCapability implements Capability {
 *     public String id() { return "com.example.lis.inspection"; }
 *     public CapabilityCategory category() { return CapabilityCategory.INSPECTION; }
 * }
 * </pre>
 *
 * with {@code capability.com.example.lis.inspection.name} and {@code ...description} in the bundle's
 * {@code OSGI-INF/l10n/bundle.properties} and {@code bundle_zh_CN.properties}. The default methods take the texts,
 * the icon, the vendor and the version from the providing bundle; override them only to compute something else.
 * <p>
 * Implementations must be cheap to construct and must not reach a database in their constructor or activation:
 * the navigator lists every capability at start-up.
 */
@ConsumerType
public interface Capability {

    /** Service property naming the capability; optional, but it lets the platform name a capability that fails to activate. */
    String ID_PROPERTY = "hisops.capability.id";

    /** Stable, globally unique id in reverse domain form, e.g. {@code org.hisops.dataguard}. */
    String id();

    /** The navigator group. */
    CapabilityCategory category();

    /** The name shown in the navigator and on the part's tab, in the given locale. */
    default String name(Locale locale) {
        return BundleTexts.of(getClass()).text(locale, "capability." + id() + ".name", id());
    }

    /** One or two sentences shown as tooltip and on the home page, in the given locale. */
    default String description(Locale locale) {
        return BundleTexts.of(getClass()).text(locale, "capability." + id() + ".description", "");
    }

    /**
     * A 16x16 PNG (a {@code @2x} sibling is picked up for HiDPI), or {@code null} for the category's icon.
     * The default looks for {@code icons/<id>.png} in the providing bundle.
     */
    default URL icon() {
        Bundle bundle = FrameworkUtil.getBundle(getClass());
        return bundle == null ? null : bundle.getEntry("icons/" + id() + ".png");
    }

    /** Who ships the capability; defaults to the providing bundle's localised {@code Bundle-Vendor}. */
    default String vendor() {
        Bundle bundle = FrameworkUtil.getBundle(getClass());
        String vendor = bundle == null ? null : bundle.getHeaders().get("Bundle-Vendor");
        return vendor == null ? "" : vendor;
    }

    /**
     * Whether an administrator may switch the capability off for a site. The administration capabilities say no,
     * so that nobody can lock themselves out of the switches.
     */
    default boolean switchable() {
        return true;
    }

    /** The capability's version; defaults to the providing bundle's version. */
    default String version() {
        Bundle bundle = FrameworkUtil.getBundle(getClass());
        return bundle == null ? "0.0.0" : bundle.getVersion().toString();
    }
}
