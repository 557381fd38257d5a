package org.hisops.dataguard.ui.internal;

import java.util.List;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.hisops.dataguard.api.NodeState;
import org.hisops.dataguard.api.StandbyStatus;
import org.hisops.dataguard.api.SystemStatus;
import org.hisops.dataguard.api.Verdict;

/**
 * A system drawn as its primary on the left and an arrow to each standby, the arrow in the colour of the link's
 * verdict; a node that does not answer is drawn grey with a cross.
 */
final class TopologyFigure {

    static final int HEIGHT_PER_STANDBY = 44;

    private final Canvas canvas;
    private final ConsoleTexts texts;
    private final Function<String, String> names;
    private SystemStatus system;

    TopologyFigure(Composite parent, ConsoleTexts texts, Function<String, String> names) {
        this.texts = texts;
        this.names = names;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc));
    }

    Canvas control() {
        return canvas;
    }

    void show(SystemStatus status) {
        system = status;
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getParent().getBackground());
        gc.fillRectangle(area);
        if (system == null) {
            return;
        }
        gc.setAntialias(SWT.ON);
        List<StandbyStatus> links = system.standbys();
        int boxWidth = Math.min(320, (area.width - 120) / 2);
        int boxHeight = 36;
        String primaryId = system.topology().primary() == null ? null : system.topology().primary().id();
        if (!links.isEmpty() && links.get(0).primaryId() != null) {
            primaryId = links.get(0).primaryId();
        }
        int total = Math.max(1, links.size()) * HEIGHT_PER_STANDBY;
        int py = 4 + (total - boxHeight) / 2;
        if (primaryId != null) {
            NodeState primary = system.node(primaryId).orElse(null);
            box(gc, 4, py, boxWidth, boxHeight, primaryId, primary);
        }
        for (int i = 0; i < links.size(); i++) {
            StandbyStatus link = links.get(i);
            int sy = 4 + i * HEIGHT_PER_STANDBY;
            int sx = area.width - boxWidth - 6;
            Color color = Palette.color(link.verdict());
            gc.setForeground(color);
            gc.setBackground(color);
            gc.setLineWidth(3);
            int x1 = 4 + boxWidth;
            int y1 = py + boxHeight / 2;
            int x2 = sx - 8;
            int y2 = sy + boxHeight / 2;
            gc.drawLine(x1, y1, x2, y2);
            gc.fillPolygon(new int[] { x2 + 8, y2, x2 - 2, y2 - 6, x2 - 2, y2 + 6 });
            gc.setLineWidth(1);
            String label = texts.verdict(link.verdict());
            Point extent = gc.textExtent(label);
            gc.setForeground(color);
            gc.drawText(label, (x1 + x2) / 2 - extent.x / 2, (y1 + y2) / 2 - extent.y - 2, true);
            box(gc, sx, sy, boxWidth, boxHeight, link.standbyId(), system.node(link.standbyId()).orElse(null));
        }
    }

    private void box(GC gc, int x, int y, int w, int h, String endpointId, NodeState node) {
        boolean up = node != null && node.reachable();
        gc.setBackground(up ? canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND) : Palette.UNREACHABLE_BAND);
        gc.fillRoundRectangle(x, y, w, h, 8, 8);
        gc.setForeground(up ? Palette.APPLY : Palette.UNREACHABLE);
        gc.setLineWidth(2);
        gc.drawRoundRectangle(x, y, w, h, 8, 8);
        gc.setLineWidth(1);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        String role = node == null ? "" : up ? texts.role(node.role()) : texts.ui("node.unreachable.short");
        String name = names.apply(endpointId);
        String line = role.isEmpty() ? name : role + " \u00b7 " + name;
        while (gc.textExtent(line).x > w - 24 && line.length() > 4) {
            line = line.substring(0, line.length() - 2) + "\u2026";
        }
        gc.drawText(line, x + 6, y + (h - gc.textExtent(line).y) / 2, true);
        if (!up && node != null) {
            gc.setForeground(Palette.color(Verdict.ERROR));
            gc.setLineWidth(2);
            gc.drawLine(x + w - 18, y + 8, x + w - 8, y + h - 8);
            gc.drawLine(x + w - 8, y + 8, x + w - 18, y + h - 8);
            gc.setLineWidth(1);
        }
    }
}
