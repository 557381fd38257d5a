package org.hisops.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hisops.report.Report;
import org.hisops.report.ReportException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The renderer on a Chinese report: the PDF's text, extracted back, is the report's text (so no character became a
 * box or a question mark), the font is embedded, long text wraps onto further pages, and the HTML is escaped.
 */
class ReportRendererTest {

    private final PdfHtmlRenderer renderer = new PdfHtmlRenderer();

    @TempDir
    Path temp;

    @AfterEach
    void clear() {
        System.clearProperty(CjkFonts.PROPERTY);
    }

    private static Report chinese() {
        Report.Builder b = Report.builder("切换演练报告", Locale.SIMPLIFIED_CHINESE)
                .subtitle("演示医院 · HIS 系统").created(Instant.parse("2026-11-21T08:00:00Z"))
                .heading("结论").paragraph("故障切换成功，恢复时间目标（RTO）为 3.2 秒，丢失已提交事务 0 笔（RPO = 0）。")
                .fact("演练类型", "主库被终止").fact("新主库", "HIS 备库 (127.0.0.1:5433)")
                .heading("时间线")
                .table(List.of("时间", "步骤", "说明"), List.of(List.of("08:00:01", "写入标记事务", "marker-1"),
                        List.of("08:00:02", "主库故障", "SIGKILL <pid>")));
        for (int i = 0; i < 60; i++) {
            b.paragraph("第 " + i + " 段：数据核对通过，关键表行数一致 patients=1000, visits=2000。");
        }
        return b.build();
    }

    @Test
    void pdfTextComesBackExactlyWithTheFontEmbedded() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.pdf(chinese(), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertTrue(pdf.getNumberOfPages() >= 2, "sixty paragraphs take more than a page");
            String text = new PDFTextStripper().getText(pdf);
            for (String expected : List.of("切换演练报告", "演示医院 · HIS 系统", "恢复时间目标（RTO）为 3.2 秒", "主库被终止",
                    "HIS 备库 (127.0.0.1:5433)", "写入标记事务", "SIGKILL <pid>", "第 59 段：数据核对通过")) {
                assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
            }
            assertFalse(text.contains("?"), "a character came back as a question mark:\n" + text);
            assertFalse(text.contains("\uFFFD"), "a character came back as a replacement box:\n" + text);
            PDFont font = pdf.getPage(0).getResources().getFont(
                    pdf.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.isEmbedded(), font.getName());
        }
    }

    @Test
    void aFontWithoutTheCharactersIsNeverUsed() throws Exception {
        // A font file that is not a font at all, forced first: it is skipped, the next candidate is used.
        Path bogus = Files.writeString(temp.resolve("bogus.ttf"), "not a font");
        System.setProperty(CjkFonts.PROPERTY, bogus.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.pdf(chinese(), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("切换演练报告"));
        }
    }

    @Test
    void aCharacterNoFontHasIsRefusedWithItsName() {
        Report r = Report.builder("\uD80C\uDC00", Locale.ROOT).build(); // an Egyptian hieroglyph
        ReportException e = assertThrows(ReportException.class, () -> renderer.pdf(r, new ByteArrayOutputStream()));
        assertEquals(ReportException.NO_FONT, e.code());
        assertTrue(e.getMessage().contains("\uD80C\uDC00"), e.getMessage());
    }

    @Test
    void htmlIsEscapedAndDeclaresItsLanguage() throws Exception {
        StringWriter out = new StringWriter();
        renderer.html(chinese(), out);
        String html = out.toString();
        assertTrue(html.contains("<html lang=\"zh-CN\">"), html);
        assertTrue(html.contains("SIGKILL &lt;pid&gt;"), html);
        assertTrue(html.contains("<h1>切换演练报告</h1>"), html);
        assertTrue(html.contains("<th>演练类型</th><td>主库被终止</td>"), html);
    }

    private static Report trend() {
        return Report.builder("月度巡检报告", Locale.SIMPLIFIED_CHINESE).heading("趋势")
                .chart("表空间已用（MB）", "MB", List.of("2026-10-21", "2026-11-21"),
                        List.of(new Report.Series("HIS 10g · HIS_DATA", List.of(9100.0, 9940.0)),
                                new Report.Series("HIS 10g · HIS_INDEX", java.util.Arrays.asList(null, 3600.0))))
                .paragraph("结束").build();
    }

    @Test
    void aChartIsDrawnInThePdfWithItsLegendAndAxis() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.pdf(trend(), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            for (String expected : List.of("表空间已用（MB）", "HIS 10g · HIS_DATA", "HIS 10g · HIS_INDEX", "2026-10-21",
                    "10,000", "结束")) {
                assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
            }
        }
    }

    @Test
    void aChartIsInlineSvgInTheHtml() throws Exception {
        StringWriter out = new StringWriter();
        renderer.html(trend(), out);
        String html = out.toString();
        assertTrue(html.contains("<figcaption>表空间已用（MB）</figcaption>"), html);
        assertTrue(html.contains("<svg xmlns="), html);
        // the second series has no figure for the first run: one point, no line segment from nothing
        assertEquals(2, html.split("<path ").length - 1, html);
        assertTrue(html.contains("<title>HIS 10g · HIS_DATA: 9,940</title>"), html);
    }

    @Test
    void aSeriesOfTheWrongLengthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Report.Chart("t", "MB", List.of("a", "b"),
                List.of(new Report.Series("s", List.of(1.0)))));
    }
}
