package org.hisops.migration.copy.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The real services of the test runtime (Felix SCR starts them asynchronously). */
final class Services {

    private Services() {
    }

    static BundleContext context() {
        return FrameworkUtil.getBundle(Services.class).getBundleContext();
    }

    static <T> T get(Class<T> type) throws InterruptedException {
        for (long end = System.currentTimeMillis() + 10_000; System.currentTimeMillis() < end; Thread.sleep(50)) {
            ServiceReference<T> reference = context().getServiceReference(type);
            if (reference != null) {
                T service = context().getService(reference);
                if (service != null) {
                    return service;
                }
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " service");
    }
}
