import java.awt.image.BufferedImage;
import java.io.File;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders each page of a PDF to PNG (PDFBox), so a sample report can be looked at and shown in the docs. */
public class RenderPdfPages {

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: RenderPdfPages <file.pdf> <prefix> [dpi]   writes <prefix>-1.png, <prefix>-2.png, ...");
            System.exit(64);
        }
        float dpi = args.length > 2 ? Float.parseFloat(args[2]) : 80;
        try (PDDocument document = Loader.loadPDF(new File(args[0]))) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, dpi);
                File out = new File(args[1] + "-" + (i + 1) + ".png");
                ImageIO.write(image, "png", out);
                System.out.println(out);
            }
        }
    }
}
