package org.hisops.app.internal.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/**
 * One line of the Installed components view.
 *
 * @param id bundle id
 * @param name localised Bundle-Name (the symbolic name when there is none)
 * @param symbolicName Bundle-SymbolicName
 * @param vendor localised Bundle-Vendor
 * @param version bundle version
 * @param state OSGi state, with {@code STARTING} of a lazy bundle told apart as {@link State#LAZY}
 * @param services simple names of the service interfaces the bundle registered, sorted
 * @param serviceCount how many services the bundle registered (one service may have several interfaces)
 */
public record BundleRow(long id, String name, String symbolicName, String vendor, String version, State state,
        List<String> services, int serviceCount) {

    /** The bundle states a user needs to tell apart. */
    public enum State {
        INSTALLED, RESOLVED, STARTING, LAZY, STOPPING, ACTIVE, UNINSTALLED
    }

    /** The rows of all bundles, in bundle id order. */
    public static List<BundleRow> of(Bundle[] bundles, Locale locale) {
        List<BundleRow> rows = new ArrayList<>(bundles.length);
        for (Bundle bundle : bundles) {
            rows.add(of(bundle, locale));
        }
        return rows;
    }

    public static BundleRow of(Bundle bundle, Locale locale) {
        var headers = bundle.getHeaders(locale.toString());
        String bsn = bundle.getSymbolicName() == null ? "" : bundle.getSymbolicName();
        String name = headers.get(Constants.BUNDLE_NAME);
        String vendor = headers.get(Constants.BUNDLE_VENDOR);
        TreeSet<String> services = new TreeSet<>();
        ServiceReference<?>[] registered = null;
        try {
            registered = bundle.getRegisteredServices();
        } catch (IllegalStateException e) {
            // uninstalled meanwhile
        }
        if (registered != null) {
            for (ServiceReference<?> reference : registered) {
                for (String type : (String[]) reference.getProperty(Constants.OBJECTCLASS)) {
                    services.add(type.substring(type.lastIndexOf('.') + 1));
                }
            }
        }
        return new BundleRow(bundle.getBundleId(), name == null || name.isBlank() ? bsn : name, bsn,
                vendor == null ? "" : vendor, bundle.getVersion().toString(), state(bundle, headers),
                List.copyOf(services), registered == null ? 0 : registered.length);
    }

    private static State state(Bundle bundle, java.util.Dictionary<String, String> headers) {
        return switch (bundle.getState()) {
            case Bundle.INSTALLED -> State.INSTALLED;
            case Bundle.RESOLVED -> State.RESOLVED;
            case Bundle.STARTING -> {
                String policy = headers.get(Constants.BUNDLE_ACTIVATIONPOLICY);
                yield policy != null && policy.startsWith(Constants.ACTIVATION_LAZY) ? State.LAZY : State.STARTING;
            }
            case Bundle.STOPPING -> State.STOPPING;
            case Bundle.ACTIVE -> State.ACTIVE;
            default -> State.UNINSTALLED;
        };
    }

    /** Whether the row matches a filter text (case-insensitive, on name, symbolic name, vendor and services). */
    public boolean matches(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String f = filter.trim().toLowerCase(Locale.ROOT);
        return name.toLowerCase(Locale.ROOT).contains(f) || symbolicName.toLowerCase(Locale.ROOT).contains(f)
                || vendor.toLowerCase(Locale.ROOT).contains(f)
                || services.stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(f));
    }
}
