package org.hisops.platform.ui;

import java.util.Locale;

import org.hisops.platform.api.CapabilityEntry;
import org.hisops.platform.api.Site;
import org.osgi.annotation.versioning.ProviderType;

/** What the shell gives a {@link CapabilityView}. */
@ProviderType
public interface CapabilityViewContext {

    /** The capability this view shows. */
    CapabilityEntry capability();

    /** The site in use. */
    Site site();

    /** The product's locale (Chinese under {@code -nl zh_CN} or a zh system locale, English otherwise). */
    Locale locale();

    /** Shows a one-line message in the status line (the shell's own, not a dialog). */
    void showStatus(String message);
}
