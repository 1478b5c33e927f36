package org.safeguard.core.render;

import java.util.List;
import java.util.Map;

/**
 * Times one agenda PDF with Latin-only names and with names in every script: the first render in
 * this JVM (fonts loaded) and the mean of warm renders. Run by hand; its figures are reported in
 * docs/architecture.md ("Measurements"), never asserted:
 * {@code java -cp <test class path> org.safeguard.core.render.PdfFontBench [cases] [runs]}.
 */
public final class PdfFontBench {
    private PdfFontBench() {
    }

    public static void main(String[] args) {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        String which = args.length > 2 ? args[2] : "latin,all";
        Renderer r = Sources.sharedRenderer();
        r.render("agenda", Format.HTML, Views.agenda(1, null)); // the engine, outside the PDF figures
        for (String w : which.split(",")) {
            List<String> names = w.equals("latin") ? Names.LATIN_ONLY : Names.EVERY_SCRIPT;
            Map<String, Object> view = Names.agenda(cases, names);
            long s = System.nanoTime();
            RenderedDocument first = r.render("agenda", Format.PDF, view);
            double firstMs = (System.nanoTime() - s) / 1e6;
            for (int i = 0; i < 3; i++) {
                r.render("agenda", Format.PDF, view);
            }
            s = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                r.render("agenda", Format.PDF, view);
            }
            double each = (System.nanoTime() - s) / 1e6 / runs;
            System.out.printf("%-5s %d cases: first %.0f ms, warm %.1f ms each (mean of %d), %,d bytes, %d pages%n",
                    w, cases, firstMs, each, runs, first.size(), first.pages());
        }
    }
}
