package org.safeguard.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * PDFs from the real converter, and the cost of a big agenda. Measurements are written to
 * {@code target/render-measurements.txt}; they are reported, not asserted, apart from a
 * generous ceiling that catches a pathological slowdown.
 */
class PdfAndTimingTest {
    private static final int CASES = 200;

    @Test
    void rendersA200CaseAgendaInEveryFormatAndMeasuresIt() throws Exception {
        Map<String, Object> view = Views.agenda(CASES, null);
        StringBuilder report = new StringBuilder("Agenda of " + CASES + " cases (" + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version") + ")\n");

        long t0 = System.nanoTime();
        Renderer cold = Sources.sharedRenderer();
        long created = System.nanoTime();
        report.append(String.format("engine start (macro library parsed): %.1f ms%n", ms(created - t0)));
        for (Format f : Format.values()) {
            long s = System.nanoTime();
            RenderedDocument d = Sources.sharedRenderer().render("agenda", f, view);
            report.append(String.format("cold %-4s: %7.1f ms, %,d bytes (new renderer; first %s render in this JVM only when this test runs alone)%n",
                    f, ms(System.nanoTime() - s), d.size(), f));
        }
        RenderedDocument pdf = null;
        for (Format f : Format.values()) {
            for (int i = 0; i < 3; i++) {
                cold.render("agenda", f, view);
            }
            int runs = f == Format.PDF ? 5 : 20;
            long s = System.nanoTime();
            RenderedDocument d = null;
            for (int i = 0; i < runs; i++) {
                d = cold.render("agenda", f, view);
            }
            double each = ms(System.nanoTime() - s) / runs;
            report.append(String.format("warm %-4s: %7.1f ms each (mean of %d), %,d bytes%n", f, each, runs, d.size()));
            assertTrue(each < 10_000, f + " took " + each + " ms");
            if (f == Format.PDF) {
                pdf = d;
            }
        }
        byte[] bytes = pdf.bytes();
        assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));
        try (PDDocument doc = PDDocument.load(bytes)) {
            int pages = doc.getNumberOfPages();
            assertEquals(pages, pdf.pages(), "RenderedDocument.pages() reads the same count");
            report.append(String.format("PDF: %d pages, %,d bytes%n", pages, bytes.length));
            assertTrue(pages > 10, "200 case blocks on " + pages + " pages?");
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("LAN-2026-0241"), "the last case is in the PDF");
            assertTrue(text.contains("Page 1 of " + pages), "page numbers in the footer");
            assertTrue(text.contains("OFFICIAL-SENSITIVE"));
        }
        Path out = Path.of("target/render-measurements.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.print(report);
    }

    @Test
    void everySharedDocumentMakesAPdf() throws IOException {
        Renderer r = Sources.sharedRenderer();
        for (Map.Entry<String, Map<String, Object>> e : Map.of("minutes", Views.minutes(), "invitation", Views.invitation(),
                "case-notes", Views.caseNotes(), "referral", Views.referral(), "report", Views.report()).entrySet()) {
            byte[] bytes = r.render(e.getKey(), Format.PDF, e.getValue()).bytes();
            try (PDDocument doc = PDDocument.load(bytes)) {
                assertTrue(doc.getNumberOfPages() >= 1, e.getKey());
            }
        }
    }

    @Test
    void rendersFromManyThreadsAtOnceWithTheSameResult() throws Exception {
        Renderer r = Sources.sharedRenderer();
        String expected = r.render("minutes", Format.HTML, Views.minutes()).text();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Format f = i % 2 == 0 ? Format.HTML : Format.TEXT;
                results.add(pool.submit(() -> r.render("minutes", f, Views.minutes()).text()));
            }
            String text = r.render("minutes", Format.TEXT, Views.minutes()).text();
            for (int i = 0; i < results.size(); i++) {
                assertEquals(i % 2 == 0 ? expected : text, results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
