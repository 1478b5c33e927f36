package org.safeguard.core.cli.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.app.CirculationService.Format;
import org.safeguard.core.app.CirculationService;
import org.safeguard.core.app.MeetingService;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.runtime.Folders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Hidden, for developers: the time to render and send the agenda of an area's meeting with many
 * cases (the children of its plugin's demonstration set, over and over), in a throwaway home,
 * through the same services as {@code meeting agenda} and {@code meeting send} (mail to the
 * outbox). Prints figures; asserts nothing. See docs/architecture.md, "Benchmarks".
 */
@Command(name = "bench-meeting", hidden = true,
        description = "Developers: time rendering and sending an agenda of N cases in a throwaway home.")
final class BenchMeetingCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Option(names = "--cases", defaultValue = "200", description = "Cases on the panel (default 200).")
    int cases;

    @Option(names = "--runs", defaultValue = "5", description = "Warm repetitions of each measurement (default 5).")
    int runs;

    @Option(names = "--area", paramLabel = "ID", description = "The area whose demonstration set gives the cases (default: the only area plugin shipped).")
    String area;

    @Override
    public Integer call() throws Exception {
        Path tmp = Files.createTempDirectory("safeguard-bench-");
        try {
            Session s = root.session(tmp.resolve("home"));
            RequestContext ctx = s.ctx();
            String areaId = area != null ? area : DemoCommand.onlyShipped(s.app(), ctx);
            s.app().homes().init(ctx, List.of(areaId));
            Demonstration set = Demonstration.parse(areaId, s.app().areas().demonstration(ctx, areaId).orElseThrow(() ->
                    new RefusedException("demonstration-needed", "the " + areaId + " plugin ships no demonstration set to measure with")));
            if (set.meeting() == null) {
                throw new RefusedException("demonstration-needs-meeting", "the demonstration set of area " + areaId + " has no meeting");
            }
            String instrument = set.instrument() != null ? set.instrument() : s.app().areas().resolve(ctx, areaId).instrument().orElse(null);
            Demonstration.Days days = new Demonstration.Days(ctx.today(), null, null, List.of());
            long t0 = System.nanoTime();
            List<Long> caseIds = new ArrayList<>();
            for (int i = 0; i < cases; i++) {
                // the set's children again and again: each referral records a new child with a new case
                Demonstration.Child c = set.children().get(i % set.children().size());
                caseIds.add(DemoCommand.recordChild(s.app(), ctx, areaId, instrument, c, days, ctx.now()).onCase().id());
            }
            double setup = ms(System.nanoTime() - t0);
            Instant at = ctx.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
            Meeting m = s.app().meetings().schedule(ctx, new MeetingService.NewMeeting(areaId, set.meeting().type(), at, null,
                    set.meeting().venue(), null, set.meeting().chair(), caseIds));
            CirculationService circulation = s.app().circulation();

            s.out.printf("Agenda of a %s with %d cases (%d cores, Java %s); setup %.0f ms%n", m.typeName(), cases,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), setup);
            CirculationService.Rendering pdf = null;
            for (Format f : List.of(Format.TEXT, Format.HTML, Format.PDF)) {
                CirculationService.RenderRequest request = new CirculationService.RenderRequest(m.id(), CirculationService.Document.AGENDA,
                        CirculationService.Audience.FULL, f);
                Supplier<CirculationService.Rendering> render = () -> circulation.preview(s.ctx(), request);
                long c = System.nanoTime();
                CirculationService.Rendering d = render.get();
                double cold = ms(System.nanoTime() - c);
                double[] warm = new double[runs];
                for (int r = 0; r < runs; r++) {
                    long w = System.nanoTime();
                    d = render.get();
                    warm[r] = ms(System.nanoTime() - w);
                }
                s.out.printf("render %-4s: first %7.1f ms, then median %7.1f ms (%d runs); %,d bytes%n", f, cold, median(warm), runs, d.size());
                pdf = d;
            }
            s.out.printf("PDF: %d A4 pages, %,d bytes%n", pages(pdf.bytes()), pdf.size());

            long c = System.nanoTime();
            CirculationService.Sent first = circulation.send(s.ctx(), m.id(), CirculationService.Document.AGENDA, false);
            double cold = ms(System.nanoTime() - c);
            double[] warm = new double[runs];
            for (int r = 0; r < runs; r++) {
                long w = System.nanoTime();
                circulation.send(s.ctx(), m.id(), CirculationService.Document.AGENDA, true);
                warm[r] = ms(System.nanoTime() - w);
            }
            s.out.printf("send agenda (render text, HTML and PDF, queue %d messages with their disclosures, write them to the outbox): "
                    + "first %.0f ms, then median %.0f ms (%d runs, --resend)%n", first.queued() + first.skipped(), cold, median(warm), runs);
            long outbox;
            try (var files = Files.list(s.home.outbox())) {
                outbox = files.count();
            }
            s.out.printf("outbox: %d messages; heap peak %.0f MB%n", outbox, heapPeakMb());
            return 0;
        } finally {
            root.close();
            Folders.deleteTree(tmp);
        }
    }

    /** Pages of a PDF, read back with the PDF library (a developer's figure; the application has no use for it). */
    private static int pages(byte[] pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.pdmodel.PDDocument.load(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double heapPeakMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1024.0 / 1024.0;
    }
}
