package org.hisops.dataguard.core.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The real services of the test runtime (Felix SCR starts them asynchronously). */
final class Services {

    private Services() {
    }

    static <T> T get(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        for (long end = System.currentTimeMillis() + 10_000; System.currentTimeMillis() < end; Thread.sleep(50)) {
            ServiceReference<T> reference = context.getServiceReference(type);
            if (reference != null) {
                return context.getService(reference);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " service");
    }
}
