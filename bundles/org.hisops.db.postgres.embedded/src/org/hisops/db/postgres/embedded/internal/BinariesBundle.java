package org.hisops.db.postgres.embedded.internal;

import java.net.URL;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * Finds the archive in the bundle that wraps the binaries jar. Nothing requires that bundle statically (it has
 * no packages), so it is looked up by symbolic name among the installed bundles. Only touched inside OSGi: callers
 * catch {@link LinkageError} when the OSGi API is not on the class path.
 */
public final class BinariesBundle {

    private BinariesBundle() {
    }

    /**
     * The archive entry and the bundle's version ({@code major.minor.micro}) from the newest installed bundle
     * named {@code symbolicName}, or empty outside OSGi or when no such bundle is installed.
     */
    public static Optional<Located> find(Class<?> anchor, String symbolicName, String entry) {
        Bundle self = FrameworkUtil.getBundle(anchor);
        BundleContext context = self == null ? null : self.getBundleContext();
        if (context == null) {
            return Optional.empty();
        }
        Bundle best = null;
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.UNINSTALLED
                    && (best == null || bundle.getVersion().compareTo(best.getVersion()) > 0)) {
                best = bundle;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        URL url = best.getEntry(entry); // getEntry: no class loader, works even if the bundle is not resolved
        if (url == null) {
            return Optional.empty();
        }
        Version v = best.getVersion();
        return Optional.of(new Located(url, v.getMajor() + "." + v.getMinor() + "." + v.getMicro()));
    }

    /**
     * An archive found in a bundle.
     *
     * @param url where to read it
     * @param version the bundle's version
     */
    public record Located(URL url, String version) {
    }
}
