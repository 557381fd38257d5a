package org.hisops.dataguard.ui.internal;

import org.eclipse.swt.graphics.Color;
import org.hisops.dataguard.api.Verdict;

/** The console's colours; SWT colours made from RGB need no disposal. */
final class Palette {

    static final Color NORMAL = new Color(46, 139, 87);
    static final Color WARNING = new Color(230, 145, 0);
    static final Color ERROR = new Color(200, 30, 30);
    static final Color NORMAL_PALE = new Color(232, 245, 236);
    static final Color WARNING_PALE = new Color(255, 243, 219);
    static final Color ERROR_PALE = new Color(253, 228, 228);
    static final Color UNREACHABLE = new Color(128, 128, 128);
    static final Color UNREACHABLE_BAND = new Color(235, 235, 235);
    static final Color APPLY = new Color(31, 97, 171);
    static final Color TRANSPORT = new Color(140, 80, 170);

    private Palette() {
    }

    static Color color(Verdict verdict) {
        return switch (verdict) {
            case NORMAL -> NORMAL;
            case WARNING -> WARNING;
            case ERROR -> ERROR;
        };
    }

    static Color pale(Verdict verdict) {
        return switch (verdict) {
            case NORMAL -> NORMAL_PALE;
            case WARNING -> WARNING_PALE;
            case ERROR -> ERROR_PALE;
        };
    }
}
