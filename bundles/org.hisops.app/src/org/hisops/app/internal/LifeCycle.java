package org.hisops.app.internal;

import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.Image;

/** Start-up hooks of the HisOps product. */
public class LifeCycle {

    @PostContextCreate
    void postContextCreate() {
        // The database layer refuses to block this thread (see DatabaseSessions.UI_THREAD_PROPERTY).
        System.setProperty("hisops.ui.thread.id", Long.toString(Thread.currentThread().threadId()));
        // Dialogs (About, confirmations) carry the product icon like the main window does.
        Image[] images = new Image[] { image("icons/hisops16.png"), image("icons/hisops32.png"),
                image("icons/hisops48.png") };
        Window.setDefaultImages(images);
    }

    private static Image image(String path) {
        return ImageDescriptor.createFromURL(LifeCycle.class.getResource("/" + path)).createImage();
    }
}
