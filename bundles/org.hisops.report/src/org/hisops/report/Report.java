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
    public sealed interface Block permits Heading, Paragraph, Facts, Table {
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
