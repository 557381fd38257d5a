package org.hisops.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.hisops.report.Report;
import org.hisops.report.ReportException;
import org.hisops.report.ReportRenderer;
import org.osgi.service.component.annotations.Component;

/** {@link ReportRenderer} with PDFBox 3 for the PDF and a small escaping writer for the HTML. */
@Component(service = ReportRenderer.class)
public class PdfHtmlRenderer implements ReportRenderer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Override
    public void html(Report report, Writer out) throws IOException {
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(report.locale().toLanguageTag()).append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\">\n<title>").append(esc(report.title())).append("</title>\n")
                .append("<style>body{font-family:'WenQuanYi Zen Hei','Microsoft YaHei','SimSun',sans-serif;")
                .append("margin:2em;color:#222}h1{font-size:1.6em;border-bottom:2px solid #2a5d8f}")
                .append("h2{font-size:1.2em;color:#2a5d8f;margin-top:1.5em}table{border-collapse:collapse;")
                .append("margin:.5em 0}td,th{border:1px solid #bbb;padding:3px 8px;text-align:left;")
                .append("vertical-align:top}th{background:#e8eef5}.facts th{width:14em}.sub{color:#555}")
                .append("figure.chart{margin:.8em 0}figure.chart figcaption{color:#2a5d8f;margin-bottom:.3em}")
                .append("</style>\n</head>\n<body>\n<h1>").append(esc(report.title())).append("</h1>\n");
        if (!report.subtitle().isEmpty()) {
            h.append("<p class=\"sub\">").append(esc(report.subtitle())).append("</p>\n");
        }
        h.append("<p class=\"sub\">").append(esc(created(report))).append("</p>\n");
        for (Report.Block block : report.blocks()) {
            switch (block) {
            case Report.Heading x -> h.append("<h2>").append(esc(x.text())).append("</h2>\n");
            case Report.Paragraph x -> h.append("<p>").append(esc(x.text()).replace("\n", "<br>")).append("</p>\n");
            case Report.Facts x -> {
                h.append("<table class=\"facts\">\n");
                for (Report.Fact f : x.facts()) {
                    h.append("<tr><th>").append(esc(f.label())).append("</th><td>").append(esc(f.value()))
                            .append("</td></tr>\n");
                }
                h.append("</table>\n");
            }
            case Report.Table x -> {
                h.append("<table>\n<tr>");
                x.header().forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
                h.append("</tr>\n");
                for (List<String> row : x.rows()) {
                    h.append("<tr>");
                    row.forEach(c -> h.append("<td>").append(esc(c)).append("</td>"));
                    h.append("</tr>\n");
                }
                h.append("</table>\n");
            }
            case Report.Chart x -> svg(h, x);
            }
        }
        h.append("</body>\n</html>\n");
        out.write(h.toString());
        out.flush();
    }

    /** A chart as inline SVG (no script, no external file), the same geometry as the PDF's. */
    private static void svg(StringBuilder h, Report.Chart chart) {
        ChartScale s = new ChartScale(chart);
        float bottom = ChartScale.TOP + ChartScale.PLOT_HEIGHT;
        h.append("<figure class=\"chart\"><figcaption>").append(esc(chart.title())).append("</figcaption>\n")
                .append(String.format(java.util.Locale.ROOT,
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
                                + "font-size=\"10\" role=\"img\">\n", ChartScale.WIDTH, s.height()));
        for (int t = 0; t <= ChartScale.TICKS; t++) {
            double value = s.top * t / ChartScale.TICKS;
            float y = bottom - s.y(value);
            h.append(String.format(java.util.Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                    + "stroke=\"#ddd\"/><text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n",
                    ChartScale.LEFT, y, ChartScale.LEFT + s.plotWidth(), y, ChartScale.LEFT - 4, y + 3,
                    esc(ChartScale.number(value))));
        }
        h.append(String.format(java.util.Locale.ROOT, "<text x=\"4\" y=\"%.1f\">%s</text>\n", ChartScale.TOP - 1,
                esc(chart.unit())));
        for (int i = 0; i < chart.points().size(); i++) {
            h.append(String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s"
                    + "</text>\n", ChartScale.LEFT + s.x(i), bottom + 13, esc(chart.points().get(i))));
        }
        for (int k = 0; k < chart.series().size(); k++) {
            Report.Series series = chart.series().get(k);
            StringBuilder path = new StringBuilder();
            boolean pen = false;
            for (int i = 0; i < series.values().size(); i++) {
                Double v = series.values().get(i);
                if (v == null) {
                    pen = false;
                    continue;
                }
                float x = ChartScale.LEFT + s.x(i);
                float y = bottom - s.y(v);
                path.append(pen ? " L" : " M").append(String.format(java.util.Locale.ROOT, "%.1f %.1f", x, y));
                pen = true;
                h.append(String.format(java.util.Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" "
                        + "fill=\"%s\"><title>%s: %s</title></circle>\n", x, y, ChartScale.hex(k),
                        esc(series.name()), esc(ChartScale.number(v))));
            }
            if (!path.isEmpty()) {
                h.append("<path d=\"").append(path.toString().strip()).append("\" fill=\"none\" stroke=\"")
                        .append(ChartScale.hex(k)).append("\" stroke-width=\"1.8\"/>\n");
            }
            float ly = bottom + ChartScale.AXIS_LABELS + ChartScale.LEGEND_LINE * k + 8;
            h.append(String.format(java.util.Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"3\" "
                    + "fill=\"%s\"/><text x=\"%.1f\" y=\"%.1f\">%s</text>\n", ChartScale.LEFT, ly - 4,
                    ChartScale.hex(k), ChartScale.LEFT + 20, ly, esc(series.name())));
        }
        h.append(String.format(java.util.Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                + "stroke=\"#666\"/>\n", ChartScale.LEFT, bottom, ChartScale.LEFT + s.plotWidth(), bottom));
        h.append("</svg></figure>\n");
    }

    private static String created(Report report) {
        return TIME.format(report.created().atZone(ZoneId.systemDefault()));
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
            case '<' -> b.append("&lt;");
            case '>' -> b.append("&gt;");
            case '&' -> b.append("&amp;");
            case '"' -> b.append("&quot;");
            case '\'' -> b.append("&#39;");
            default -> b.append(c);
            }
        }
        return b.toString();
    }

    @Override
    public Optional<Path> font() {
        List<Path> candidates = CjkFonts.candidates();
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
    }

    @Override
    public void pdf(Report report, OutputStream out) throws IOException {
        String text = allText(report);
        List<String> tried = new ArrayList<>();
        String firstMissing = null;
        for (Path candidate : CjkFonts.candidates()) {
            tried.add(candidate.toString());
            try (LoadedFont font = LoadedFont.open(candidate)) {
                if (font == null) {
                    continue;
                }
                int missing = font.firstMissing(text);
                if (missing >= 0) {
                    firstMissing = firstMissing == null ? new String(Character.toChars(missing)) : firstMissing;
                    continue;
                }
                try (PDDocument document = new PDDocument()) {
                    PDDocumentInformation info = document.getDocumentInformation();
                    info.setTitle(report.title());
                    info.setCreator("HisOps");
                    PDType0Font pdfFont = PDType0Font.load(document, font.ttf, true);
                    new PdfLayout(document, pdfFont).write(report, created(report));
                    document.save(out);
                }
                return;
            }
        }
        throw new ReportException(ReportException.NO_FONT, tried.isEmpty()
                ? "no CJK font found; install one (e.g. fonts-wqy-zenhei) or set -D" + CjkFonts.PROPERTY
                : "no font covers the character '" + firstMissing + "'; tried " + tried);
    }

    private static String allText(Report report) {
        StringBuilder b = new StringBuilder(report.title()).append(report.subtitle()).append(created(report));
        for (Report.Block block : report.blocks()) {
            switch (block) {
            case Report.Heading x -> b.append(x.text());
            case Report.Paragraph x -> b.append(x.text());
            case Report.Facts x -> x.facts().forEach(f -> b.append(f.label()).append(f.value()));
            case Report.Table x -> {
                x.header().forEach(b::append);
                x.rows().forEach(r -> r.forEach(b::append));
            }
            case Report.Chart x -> {
                b.append(x.title()).append(x.unit()).append("0123456789.,");
                x.points().forEach(b::append);
                x.series().forEach(s -> b.append(s.name()));
            }
            }
        }
        return b.toString();
    }

    /** A TrueType font, from a .ttf or the first TrueType-outline font of a .ttc, open until the PDF is saved. */
    private static final class LoadedFont implements AutoCloseable {
        private final TrueTypeFont ttf;
        private final AutoCloseable owner;
        private final CmapLookup cmap;

        private LoadedFont(TrueTypeFont ttf, AutoCloseable owner) throws IOException {
            this.ttf = ttf;
            this.owner = owner;
            this.cmap = ttf.getUnicodeCmapLookup(false);
        }

        static LoadedFont open(Path file) throws IOException {
            try {
                if (file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
                    TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
                    TrueTypeFont[] first = new TrueTypeFont[1];
                    collection.processAllFonts(f -> {
                        if (first[0] == null && f.getTableMap().containsKey("glyf")) {
                            first[0] = f;
                        }
                    });
                    if (first[0] == null) {
                        collection.close();
                        return null;
                    }
                    return new LoadedFont(first[0], collection);
                }
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
                return new LoadedFont(ttf, ttf);
            } catch (IOException | RuntimeException e) {
                return null; // a damaged or unsupported font file: the next candidate is tried
            }
        }

        /** The first code point (other than line breaks) the font has no glyph for, or -1. */
        int firstMissing(String text) {
            return text.codePoints().filter(cp -> cp != '\n' && cp != '\r' && cp != '\t')
                    .filter(cp -> cmap == null || cmap.getGlyphId(cp) == 0).findFirst().orElse(-1);
        }

        @Override
        public void close() {
            try {
                owner.close();
            } catch (Exception e) {
                // closing a font file we only read
            }
        }
    }

    /** Lays blocks out top to bottom on A4 pages, wrapping text to the page width. */
    private static final class PdfLayout {
        private static final float MARGIN = 50;
        private static final float BODY = 10.5f;
        private final PDDocument document;
        private final PDType0Font font;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream page;
        private float y;

        PdfLayout(PDDocument document, PDType0Font font) {
            this.document = document;
            this.font = font;
        }

        void write(Report report, String created) throws IOException {
            newPage();
            lines(report.title(), 18, 0, 0.16f, 0.36f, 0.56f);
            rule();
            if (!report.subtitle().isEmpty()) {
                lines(report.subtitle(), BODY, 0, 0.33f, 0.33f, 0.33f);
            }
            lines(created, BODY, 0, 0.33f, 0.33f, 0.33f);
            for (Report.Block block : report.blocks()) {
                switch (block) {
                case Report.Heading x -> {
                    y -= 8;
                    lines(x.text(), 13, 0, 0.16f, 0.36f, 0.56f);
                }
                case Report.Paragraph x -> {
                    for (String para : x.text().split("\n")) {
                        lines(para, BODY, 0, 0, 0, 0);
                    }
                }
                case Report.Facts x -> {
                    for (Report.Fact f : x.facts()) {
                        row(List.of(f.label(), f.value()), new float[] { 0.35f, 0.65f }, false);
                    }
                }
                case Report.Table x -> {
                    float[] cols = new float[x.header().size()];
                    java.util.Arrays.fill(cols, 1f / cols.length);
                    row(x.header(), cols, true);
                    for (List<String> r : x.rows()) {
                        row(r, cols, false);
                    }
                }
                case Report.Chart x -> chart(x);
                }
                y -= 4;
            }
            page.close();
        }

        /** The chart drawn with lines and text, kept on one page. */
        private void chart(Report.Chart chart) throws IOException {
            ChartScale s = new ChartScale(chart);
            ensure(BODY * 1.5f + s.height() + 4);
            lines(chart.title(), BODY, 0, 0.16f, 0.36f, 0.56f);
            float left = MARGIN + ChartScale.LEFT;
            float bottom = y - ChartScale.TOP - ChartScale.PLOT_HEIGHT;
            page.setLineWidth(0.5f);
            for (int t = 0; t <= ChartScale.TICKS; t++) {
                double value = s.top * t / ChartScale.TICKS;
                float ty = bottom + s.y(value);
                page.setStrokingColor(t == 0 ? 0.4f : 0.85f, t == 0 ? 0.4f : 0.85f, t == 0 ? 0.4f : 0.85f);
                page.moveTo(left, ty);
                page.lineTo(left + s.plotWidth(), ty);
                page.stroke();
                String label = ChartScale.number(value);
                text(label, 8, left - 4 - width(label, 8), ty - 3);
            }
            text(chart.unit(), 8, MARGIN, y - ChartScale.TOP + 2);
            for (int i = 0; i < chart.points().size(); i++) {
                String label = chart.points().get(i);
                text(label, 8, left + s.x(i) - width(label, 8) / 2, bottom - 12);
            }
            page.setLineWidth(1.6f);
            for (int k = 0; k < chart.series().size(); k++) {
                float[] c = ChartScale.colour(k);
                page.setStrokingColor(c[0], c[1], c[2]);
                page.setNonStrokingColor(c[0], c[1], c[2]);
                List<Double> values = chart.series().get(k).values();
                boolean pen = false;
                for (int i = 0; i < values.size(); i++) {
                    Double v = values.get(i);
                    if (v == null) {
                        pen = false;
                        continue;
                    }
                    float px = left + s.x(i);
                    float py = bottom + s.y(v);
                    if (pen) {
                        page.lineTo(px, py);
                    } else {
                        page.moveTo(px, py);
                    }
                    pen = true;
                }
                page.stroke();
                for (int i = 0; i < values.size(); i++) {
                    if (values.get(i) != null) {
                        page.addRect(left + s.x(i) - 2, bottom + s.y(values.get(i)) - 2, 4, 4);
                    }
                }
                page.fill();
                float ly = bottom - ChartScale.AXIS_LABELS - ChartScale.LEGEND_LINE * k - 6;
                page.addRect(left, ly + 2, 14, 3);
                page.fill();
                text(chart.series().get(k).name(), 8.5f, left + 20, ly);
            }
            page.setLineWidth(1f);
            y -= s.height();
        }

        private void text(String s, float size, float x, float ty) throws IOException {
            page.beginText();
            page.setNonStrokingColor(0.2f, 0.2f, 0.2f);
            page.setFont(font, size);
            page.newLineAtOffset(x, ty);
            page.showText(s);
            page.endText();
        }

        private void newPage() throws IOException {
            if (page != null) {
                page.close();
            }
            PDPage p = new PDPage(PDRectangle.A4);
            document.addPage(p);
            page = new PDPageContentStream(document, p);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void ensure(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        private void lines(String text, float size, float indent, float r, float g, float b) throws IOException {
            for (String line : wrap(text, size, width - indent)) {
                ensure(size * 1.5f);
                y -= size * 1.5f;
                page.beginText();
                page.setNonStrokingColor(r, g, b);
                page.setFont(font, size);
                page.newLineAtOffset(MARGIN + indent, y);
                page.showText(line);
                page.endText();
            }
        }

        private void rule() throws IOException {
            y -= 4;
            page.setStrokingColor(0.16f, 0.36f, 0.56f);
            page.moveTo(MARGIN, y);
            page.lineTo(MARGIN + width, y);
            page.stroke();
            y -= 4;
        }

        /** One table row: each cell wrapped to its column; the row as tall as its tallest cell. */
        private void row(List<String> cells, float[] fractions, boolean header) throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < fractions.length; i++) {
                String cell = i < cells.size() ? cells.get(i) : "";
                List<String> w = wrap(cell, BODY, fractions[i] * width - 8);
                wrapped.add(w);
                height = Math.max(height, w.size());
            }
            float rowHeight = height * BODY * 1.4f + 4;
            ensure(rowHeight);
            float x = MARGIN;
            if (header) {
                page.setNonStrokingColor(0.91f, 0.93f, 0.96f);
                page.addRect(MARGIN, y - rowHeight, width, rowHeight);
                page.fill();
            }
            page.setStrokingColor(0.73f, 0.73f, 0.73f);
            for (int i = 0; i < fractions.length; i++) {
                float w = fractions[i] * width;
                page.addRect(x, y - rowHeight, w, rowHeight);
                page.stroke();
                float ly = y - 2;
                for (String line : wrapped.get(i)) {
                    ly -= BODY * 1.4f;
                    page.beginText();
                    page.setNonStrokingColor(0f, 0f, 0f);
                    page.setFont(font, BODY);
                    page.newLineAtOffset(x + 4, ly + 3);
                    page.showText(line);
                    page.endText();
                }
                x += w;
            }
            y -= rowHeight;
        }

        /** Greedy wrapping: breaks after a space when the line has one, else between any two characters (CJK). */
        private List<String> wrap(String text, float size, float max) throws IOException {
            List<String> out = new ArrayList<>();
            String rest = text.replace('\t', ' ').replace("\r", "");
            while (!rest.isEmpty()) {
                int end = rest.length();
                while (end > 1 && width(rest.substring(0, end), size) > max) {
                    end--;
                }
                if (end < rest.length()) {
                    int space = rest.lastIndexOf(' ', end);
                    if (space > end / 2) {
                        end = space + 1;
                    }
                    if (Character.isHighSurrogate(rest.charAt(end - 1))) {
                        end--;
                    }
                }
                out.add(rest.substring(0, end).stripTrailing());
                rest = rest.substring(end);
            }
            if (out.isEmpty()) {
                out.add("");
            }
            return out;
        }

        private float width(String s, float size) throws IOException {
            return font.getStringWidth(s) / 1000f * size;
        }
    }
}
