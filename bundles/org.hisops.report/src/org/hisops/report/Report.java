package org.hisops.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A report's content, in its reader's language: title, when it was made, and blocks in order. Texts are plain
 * (the renderers escape them).
 *
 * @param title the title
 * @param subtitle a line under the title (site, system), may be empty
 * @param locale the language the texts are in (sets the HTML {@code lang})
 * @param created when the report was made
 * @param blocks the content
 */
public record Report(String title, String subtitle, Locale locale, Instant created, List<Block> blocks) {

    public Report {
        Objects.requireNonNull(title, "title");
        subtitle = subtitle == null ? "" : subtitle;
        blocks = List.copyOf(blocks);
    }

    /** A part of a report. */
    public sealed interface Block permits Heading, Paragraph, Facts, Table, Chart {
    }

    /** A section heading. */
    public record Heading(String text) implements Block {
    }

    /** A paragraph of running text. */
    public record Paragraph(String text) implements Block {
    }

    /** Label/value pairs (figures of a run). */
    public record Facts(List<Fact> facts) implements Block {
        public Facts {
            facts = List.copyOf(facts);
        }
    }

    public record Fact(String label, String value) {
    }

    /** A table with a header row. */
    public record Table(List<String> header, List<List<String>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A line chart of figures over time (a trend): one line per series over the same points on the horizontal
     * axis, e.g. a tablespace's used MB per monthly run. Drawn as vector graphics (inline SVG in HTML, PDF paths).
     *
     * @param title the chart's caption
     * @param unit the vertical axis' unit as printed (MB, MB/day)
     * @param points the labels of the horizontal axis, oldest first (dates of the runs)
     * @param series the lines; each has one value per point ({@code null} where the figure is unknown)
     */
    public record Chart(String title, String unit, List<String> points, List<Series> series) implements Block {
        public Chart {
            Objects.requireNonNull(title, "title");
            unit = unit == null ? "" : unit;
            points = List.copyOf(points);
            series = List.copyOf(series);
            for (Series s : series) {
                if (s.values().size() != points.size()) {
                    throw new IllegalArgumentException(s.name() + ": " + s.values().size() + " values for "
                            + points.size() + " points");
                }
            }
        }

        /** The highest known value of all series, 0 when there is none. */
        public double maximum() {
            return series.stream().flatMap(s -> s.values().stream()).filter(Objects::nonNull)
                    .mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }

    /** One line of a {@link Chart}: its name in the legend and a value per point ({@code null}: unknown). */
    public record Series(String name, List<Double> values) {
        public Series {
            Objects.requireNonNull(name, "name");
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /** Builds a report block by block. */
    public static Builder builder(String title, Locale locale) {
        return new Builder(title, locale);
    }

    public static final class Builder {
        private final String title;
        private final Locale locale;
        private String subtitle = "";
        private Instant created = Instant.now();
        private final List<Block> blocks = new ArrayList<>();
        private List<Fact> facts;

        private Builder(String title, Locale locale) {
            this.title = title;
            this.locale = locale;
        }

        public Builder subtitle(String text) {
            subtitle = text;
            return this;
        }

        public Builder created(Instant time) {
            created = time;
            return this;
        }

        public Builder heading(String text) {
            closeFacts();
            blocks.add(new Heading(text));
            return this;
        }

        public Builder paragraph(String text) {
            closeFacts();
            blocks.add(new Paragraph(text));
            return this;
        }

        /** Adds a fact; consecutive facts form one block. */
        public Builder fact(String label, Object value) {
            if (facts == null) {
                facts = new ArrayList<>();
            }
            facts.add(new Fact(label, String.valueOf(value)));
            return this;
        }

        public Builder table(List<String> header, List<List<String>> rows) {
            closeFacts();
            blocks.add(new Table(header, rows));
            return this;
        }

        public Builder chart(String title, String unit, List<String> points, List<Series> series) {
            closeFacts();
            blocks.add(new Chart(title, unit, points, series));
            return this;
        }

        private void closeFacts() {
            if (facts != null) {
                blocks.add(new Facts(facts));
                facts = null;
            }
        }

        public Report build() {
            closeFacts();
            return new Report(title, subtitle, locale, created, blocks);
        }
    }
}
