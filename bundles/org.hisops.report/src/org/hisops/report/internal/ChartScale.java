package org.hisops.report.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.hisops.report.Report;

/**
 * The geometry both renderers share for a {@link Report.Chart}: a vertical axis from 0 to a round maximum in
 * {@value #TICKS} steps, points spread evenly across the width, and the colours of the lines.
 */
final class ChartScale {

    static final int TICKS = 4;
    /** Plot area and margins in points (PDF) or pixels (SVG); the legend goes under the plot. */
    static final float WIDTH = 480;
    static final float PLOT_HEIGHT = 150;
    static final float LEFT = 58;
    static final float RIGHT = 12;
    static final float TOP = 10;
    static final float AXIS_LABELS = 18;
    static final float LEGEND_LINE = 14;

    /** Distinguishable on paper and for the common red-green weakness (Okabe-Ito). */
    private static final float[][] COLOURS = { { 0.00f, 0.45f, 0.70f }, { 0.84f, 0.37f, 0.00f },
            { 0.00f, 0.62f, 0.45f }, { 0.80f, 0.47f, 0.65f }, { 0.34f, 0.71f, 0.91f }, { 0.90f, 0.62f, 0.00f },
            { 0.35f, 0.35f, 0.35f } };

    final Report.Chart chart;
    final double top;

    ChartScale(Report.Chart chart) {
        this.chart = chart;
        this.top = roundUp(chart.maximum());
    }

    /** A maximum of 1, 2, 2.5 or 5 times a power of ten at or above {@code value}, so ticks read well. */
    static double roundUp(double value) {
        if (value <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] { 1, 2, 2.5, 5, 10 }) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    float plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    /** Horizontal position of point {@code i} inside the plot (from its left edge). */
    float x(int i) {
        int n = chart.points().size();
        return n <= 1 ? plotWidth() / 2 : plotWidth() * i / (n - 1);
    }

    /** Height of {@code value} above the plot's bottom edge. */
    float y(double value) {
        return (float) (PLOT_HEIGHT * value / top);
    }

    float height() {
        return TOP + PLOT_HEIGHT + AXIS_LABELS + LEGEND_LINE * chart.series().size() + 6;
    }

    static float[] colour(int series) {
        return COLOURS[series % COLOURS.length];
    }

    static String hex(int series) {
        float[] c = colour(series);
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c[0] * 255), Math.round(c[1] * 255),
                Math.round(c[2] * 255));
    }

    /** A tick's or value's text: no decimals from 100 up, else at most two. */
    static String number(double value) {
        DecimalFormat f = new DecimalFormat(Math.abs(value) >= 100 ? "#,##0" : "#,##0.##",
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(value);
    }
}
