package org.hisops.dataguard.ui.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.hisops.dataguard.api.LagSample;
import org.hisops.dataguard.api.Verdict;

/**
 * A standby's lag over the last 24 hours, drawn with GC: apply lag and transport lag (seconds, left axis) against
 * time (hours), the site's warning and error limits as dashed lines, unreachable samples as a grey band and each
 * sample's verdict as a coloured strip under the plot. The y axis grows with the data but always shows the warning
 * limit, so a flat line near zero reads as healthy at a glance.
 */
final class LagChart {

    static final Duration SPAN = Duration.ofHours(24);

    private final Canvas canvas;
    private final List<LagSample> samples = new ArrayList<>();
    private final ConsoleTexts texts;
    private final DateTimeFormatter hours = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());
    private Duration warning = Duration.ofSeconds(60);
    private Duration error = Duration.ofSeconds(900);
    private boolean loaded;

    LagChart(Composite parent, ConsoleTexts texts) {
        this.texts = texts;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc));
    }

    Canvas control() {
        return canvas;
    }

    /** The history read from the store replaces what is shown (samples of the current session are kept). */
    void setHistory(List<LagSample> history) {
        Instant newest = history.isEmpty() ? Instant.EPOCH : history.get(history.size() - 1).at();
        samples.removeIf(s -> !s.at().isAfter(newest));
        samples.addAll(0, history);
        loaded = true;
        redraw();
    }

    void add(LagSample sample) {
        samples.add(sample);
        Instant cut = sample.at().minus(SPAN);
        samples.removeIf(s -> s.at().isBefore(cut));
        redraw();
    }

    void setLimits(Duration warningLimit, Duration errorLimit) {
        warning = warningLimit;
        error = errorLimit;
    }

    int size() {
        return samples.size();
    }

    private void redraw() {
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        Color background = canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND);
        Color foreground = canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND);
        Color grid = new Color(220, 220, 220);
        gc.setBackground(background);
        gc.fillRectangle(area);
        gc.setForeground(foreground);
        gc.setAntialias(SWT.ON);
        Point text = gc.textExtent("0000 s");
        int left = text.x + 10;
        int top = text.y + 4;
        int right = area.width - 10;
        int bottom = area.height - text.y - 14; // the verdict strip and the hour labels go below
        if (right - left < 40 || bottom - top < 20) {
            return;
        }
        Instant end = samples.isEmpty() ? Instant.now() : samples.get(samples.size() - 1).at();
        Instant start = end.minus(SPAN);
        long max = Math.max(warning.toSeconds() * 3 / 2, 10);
        for (LagSample s : samples) {
            max = Math.max(max, seconds(s.figures().applyLag()));
            max = Math.max(max, seconds(s.figures().transportLag()));
        }
        max = niceCeiling(max);
        gc.drawText(texts.ui("chart.title"), left, 0, true);

        // y axis: four steps, seconds
        for (int i = 0; i <= 4; i++) {
            long value = max * i / 4;
            int y = bottom - (int) ((bottom - top) * i / 4);
            gc.setForeground(grid);
            gc.drawLine(left, y, right, y);
            gc.setForeground(foreground);
            String label = texts.seconds(value);
            gc.drawText(label, left - gc.textExtent(label).x - 4, y - text.y / 2, true);
        }
        // x axis: a label every 4 hours
        for (int h = 0; h <= 24; h += 4) {
            Instant at = start.plus(Duration.ofHours(h));
            int x = x(at, start, left, right);
            gc.setForeground(grid);
            gc.drawLine(x, top, x, bottom);
            gc.setForeground(foreground);
            String label = hours.format(at);
            gc.drawText(label, Math.min(x - gc.textExtent(label).x / 2, right - gc.textExtent(label).x),
                    bottom + 10, true);
        }
        gc.drawLine(left, bottom, right, bottom);
        gc.drawLine(left, top, left, bottom);

        // the site's limits
        gc.setLineStyle(SWT.LINE_DASH);
        limit(gc, warning, max, top, bottom, left, right, Palette.color(Verdict.WARNING), "chart.warning");
        limit(gc, error, max, top, bottom, left, right, Palette.color(Verdict.ERROR), "chart.error");
        gc.setLineStyle(SWT.LINE_SOLID);

        if (samples.isEmpty()) {
            String none = texts.ui(loaded ? "chart.empty" : "chart.loading");
            gc.drawText(none, (left + right - gc.textExtent(none).x) / 2, (top + bottom) / 2, true);
            return;
        }
        // verdict strip and unreachable bands
        int previousX = -1;
        for (LagSample s : samples) {
            int x = x(s.at(), start, left, right);
            int from = previousX < 0 ? x : previousX;
            gc.setBackground(s.reachable() ? Palette.color(s.verdict()) : Palette.UNREACHABLE);
            gc.fillRectangle(from, bottom + 2, Math.max(1, x - from + 1), 6);
            if (!s.reachable()) {
                gc.setBackground(Palette.UNREACHABLE_BAND);
                gc.fillRectangle(from, top, Math.max(1, x - from + 1), bottom - top);
            }
            previousX = x;
        }
        gc.setLineWidth(2);
        series(gc, start, left, right, top, bottom, max, true, Palette.APPLY);
        gc.setLineWidth(1);
        series(gc, start, left, right, top, bottom, max, false, Palette.TRANSPORT);
        // the newest sample, marked and labelled: a day's axis makes the last minutes a few pixels wide
        LagSample last = samples.get(samples.size() - 1);
        if (last.reachable() && last.figures().applyLag() != null) {
            long ms = last.figures().applyLag().toMillis();
            int x = x(last.at(), start, left, right);
            int y = bottom - (int) Math.round((bottom - top) * Math.min(1.0, ms / 1000.0 / max));
            gc.setBackground(Palette.APPLY);
            gc.fillOval(x - 4, y - 4, 9, 9);
            gc.setForeground(foreground);
            String now = texts.ui("chart.now", texts.duration(last.figures().applyLag()));
            Point extent = gc.textExtent(now);
            gc.drawText(now, x - extent.x - 8, y - extent.y - 4, true);
        }
        // legend
        String apply = texts.ui("chart.apply");
        String transport = texts.ui("chart.transport");
        int lx = right - gc.textExtent(apply).x - gc.textExtent(transport).x - 60;
        gc.setBackground(Palette.APPLY);
        gc.fillRectangle(lx, 5, 14, 4);
        gc.setForeground(foreground);
        gc.drawText(apply, lx + 18, 0, true);
        lx += gc.textExtent(apply).x + 30;
        gc.setBackground(Palette.TRANSPORT);
        gc.fillRectangle(lx, 5, 14, 4);
        gc.drawText(transport, lx + 18, 0, true);
        grid.dispose();
    }

    private void series(GC gc, Instant start, int left, int right, int top, int bottom, long max, boolean apply,
            Color color) {
        gc.setForeground(color);
        int px = Integer.MIN_VALUE;
        int py = 0;
        for (LagSample s : samples) {
            Duration d = apply ? s.figures().applyLag() : s.figures().transportLag();
            if (d == null || !s.reachable()) {
                px = Integer.MIN_VALUE; // unknown is a gap in the line, never zero
                continue;
            }
            int x = x(s.at(), start, left, right);
            int y = bottom - (int) Math.round((bottom - top) * Math.min(1.0, d.toMillis() / 1000.0 / max));
            if (px != Integer.MIN_VALUE) {
                gc.drawLine(px, py, x, y);
            } else {
                gc.drawPoint(x, y);
            }
            px = x;
            py = y;
        }
    }

    private void limit(GC gc, Duration value, long max, int top, int bottom, int left, int right, Color color,
            String key) {
        if (value.toSeconds() > max) {
            return;
        }
        int y = bottom - (int) ((bottom - top) * value.toSeconds() / max);
        gc.setForeground(color);
        gc.drawLine(left, y, right, y);
        String label = texts.ui(key, value.toSeconds());
        gc.drawText(label, right - gc.textExtent(label).x - 2, y - gc.textExtent(label).y, true);
    }

    private static int x(Instant at, Instant start, int left, int right) {
        double f = Duration.between(start, at).toMillis() / (double) SPAN.toMillis();
        return left + (int) Math.round((right - left) * Math.max(0, Math.min(1, f)));
    }

    private static long seconds(Duration d) {
        return d == null ? 0 : (d.toMillis() + 999) / 1000;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code value}. */
    static long niceCeiling(long value) {
        long power = 1;
        while (power * 10 < value) {
            power *= 10;
        }
        for (long m : new long[] { 1, 2, 5, 10 }) {
            if (m * power >= value) {
                return m * power;
            }
        }
        return 10 * power;
    }
}
