package org.hisops.demo.api;

import org.osgi.annotation.versioning.ConsumerType;

/** Told about every change of the demo site's status; called from a background thread, never the UI thread. */
@ConsumerType
@FunctionalInterface
public interface DemoSiteListener {

    void changed(DemoStatus status);
}
