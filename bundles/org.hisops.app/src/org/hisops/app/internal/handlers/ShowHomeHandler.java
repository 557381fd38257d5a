package org.hisops.app.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** View > Home. */
public class ShowHomeHandler {

    static final String HOME = "org.hisops.app.part.home";

    @Execute
    void execute(EPartService partService) {
        MPart home = partService.findPart(HOME);
        if (home != null) {
            partService.showPart(home, PartState.ACTIVATE);
        }
    }
}
