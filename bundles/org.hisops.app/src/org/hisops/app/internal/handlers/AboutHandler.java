package org.hisops.app.internal.handlers;

import java.util.Locale;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.hisops.app.internal.Messages;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.SiteDirectory;

/** Help > About HisOps. */
public class AboutHandler {

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Translation Messages messages,
            @Named(TranslationService.LOCALE) Locale locale, SiteDirectory sites, CapabilityRegistry registry) {
        new AboutDialog(shell, messages, locale, sites, registry).open();
    }
}
