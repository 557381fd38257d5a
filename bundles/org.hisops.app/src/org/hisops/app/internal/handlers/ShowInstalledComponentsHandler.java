package org.hisops.app.internal.handlers;

import java.util.Locale;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.hisops.app.internal.parts.CapabilityParts;
import org.hisops.app.internal.parts.InstalledComponentsView;
import org.hisops.platform.api.CapabilityRegistry;

/** View > Installed Components: a shortcut to the platform's "Installed components" capability. */
public class ShowInstalledComponentsHandler {

    @CanExecute
    boolean canExecute(CapabilityRegistry registry) {
        return registry.find(InstalledComponentsView.CAPABILITY).isPresent();
    }

    @Execute
    void execute(CapabilityRegistry registry, @Named(TranslationService.LOCALE) Locale locale,
            EPartService partService, EModelService modelService, MApplication application) {
        registry.find(InstalledComponentsView.CAPABILITY).ifPresent(
                entry -> CapabilityParts.open(entry, locale, partService, modelService, application));
    }
}
