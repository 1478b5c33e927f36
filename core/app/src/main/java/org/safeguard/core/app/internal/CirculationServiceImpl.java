package org.safeguard.core.app.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.app.CirculationService;
import org.safeguard.core.app.MailService;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.mail.Enqueued;
import org.safeguard.core.mail.LeastData;
import org.safeguard.core.mail.MailSettings;
import org.safeguard.core.mail.Mailer;
import org.safeguard.core.meetings.AreaMeetings;
import org.safeguard.core.meetings.MeetingSnapshot;
import org.safeguard.core.model.CaseRecord;
import org.safeguard.core.model.Child;
import org.safeguard.core.model.Invitee;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.MeetingDocument;
import org.safeguard.core.render.Renderer;
import org.safeguard.core.store.MailStatus;
import org.safeguard.core.store.Tx;

/**
 * {@link CirculationService}: renders a meeting's papers from one snapshot of its records, and
 * circulates them — one message per invitee, rendered for what that invitee may see, queued
 * with its disclosure record in one transaction, then delivered.
 */
final class CirculationServiceImpl implements CirculationService {
    private final Wiring w;

    CirculationServiceImpl(Wiring w) {
        this.w = w;
    }

    @Override
    public Rendering preview(RequestContext ctx, RenderRequest r) {
        if (r.document() == Document.INVITATION) {
            throw InvalidInputException.of("refused", Problem.of("document", "an invitation is written for each invitee when it is sent; "
                    + "the agenda and the minutes are rendered"));
        }
        Meeting m = w.read(ctx, tx -> tx.meetings().require(r.meetingId()));
        AreaMeetings area = w.meetings(m.area());
        Renderer renderer = w.renderer();
        org.safeguard.core.render.Format format = org.safeguard.core.render.Format.valueOf(r.format().name());
        org.safeguard.core.meetings.Audience audience = org.safeguard.core.meetings.Audience.valueOf(r.audience().name());
        // Issued papers are read back as they were sent; the rest is rendered from a snapshot that
        // holds no write lock. The export is audited once it is made.
        record Made(byte[] bytes, Optional<MeetingDocument> kept) {
        }
        Made made = w.read(ctx, tx -> {
            Meeting now = tx.meetings().require(m.id());
            Optional<MeetingDocument> kept = kept(tx, now, r.document());
            if (kept.isPresent()) {
                return new Made(MeetingPapers.Copies.asSent(tx, kept.get()).get(audience).bytes(format), kept);
            }
            return new Made(new MeetingPapers(area, renderer, snapshot(tx, now, r.document(), area), r.document(), null)
                    .render(audience, format).bytes(), kept);
        });
        w.inTransaction(ctx, tx -> {
            tx.audit().record("export", "meeting", m.id(), r.document().name().toLowerCase(Locale.ROOT) + " "
                    + r.audience().name().toLowerCase(Locale.ROOT) + " " + format
                    + made.kept().map(d -> " as sent (v" + d.version() + ")").orElse(""));
            return null;
        });
        return new Rendering(r.format(), made.bytes());
    }

    /**
     * The version of a document that is kept as sent and is all it will ever say, if there is
     * one: issued minutes; an agenda sent, once its meeting has begun (what a later send or
     * rendering shows is what went, not what is recorded now — later facts go to the next
     * meeting). Before then an agenda and draft minutes are rendered from the records.
     */
    static Optional<MeetingDocument> kept(Tx tx, Meeting m, Document doc) {
        boolean frozen = switch (doc) {
            case MINUTES -> m.minutesIssued();
            case AGENDA -> m.status() == Meeting.Status.HELD || !tx.now().isBefore(m.startsAt());
            case INVITATION -> false;
        };
        return frozen ? tx.meetings().latestSent(m.id(), MeetingDocument.Kind.valueOf(doc.name())) : Optional.empty();
    }

    private static MeetingSnapshot snapshot(Tx tx, Meeting m, Document doc, AreaMeetings area) {
        return doc == Document.MINUTES ? MeetingSnapshot.withMinutes(tx, m, area.casework()) : MeetingSnapshot.ofAgenda(tx, m, area.casework());
    }

    /** What the transaction that queued the messages did. */
    private record Queued(Meeting meeting, MeetingDocument version, int queued, List<Long> earlier) {
    }

    /**
     * What a send carries, and the last change the snapshot saw: the version kept as sent, when
     * there is one (then {@code papers} are its copies), else the papers just rendered for every
     * audience and their fingerprint.
     */
    private record Prepared(long lastChange, Optional<MeetingDocument> kept, MeetingPapers.Copies papers,
                            String fingerprint) {
    }

    /** How often a send renders again when the records changed while it rendered. */
    private static final int ATTEMPTS = 3;

    @Override
    public Sent send(RequestContext ctx, long meetingId, Document doc, boolean resend) {
        Meeting found = w.read(ctx, tx -> tx.meetings().require(meetingId));
        AreaMeetings area = w.meetings(found.area());
        Renderer renderer = w.renderer();
        MailSettings settings = MailServiceImpl.settings(w);
        Mailer mailer = MailServiceImpl.mailer(w, settings);
        Queued q = null;
        for (int attempt = 1; q == null; attempt++) {
            // The papers are rendered (PDFs included) from a snapshot that holds no write lock, once
            // per audience; the short transaction after queues the messages, if nothing changed since.
            Prepared p = w.read(ctx, tx -> prepare(tx, area, renderer, meetingId, doc));
            q = w.inTransaction(ctx, tx -> tx.audit().lastChange() != p.lastChange() ? null : queue(ctx, tx, area, renderer, settings, mailer,
                    meetingId, doc, resend, p));
            if (q == null && attempt == ATTEMPTS) {
                throw new RefusedException("records-changing", "the records of the meeting kept changing while its papers were "
                        + "rendered; nothing was sent — send again");
            }
        }
        MailService.Delivery delivery = MailServiceImpl.delivery(w, ctx, mailer.deliverPending(ctx.clock()));
        return new Sent(q.meeting(), doc, q.version().version(), q.queued(), earlier(ctx, q.earlier()), delivery);
    }

    /** The checks and the rendering of a send, on a snapshot. */
    private static Prepared prepare(Tx tx, AreaMeetings area, Renderer renderer, long meetingId, Document doc) {
        Meeting m = MeetingServiceImpl.notCancelled(tx.meetings().require(meetingId), "sent papers (its invitees were sent its cancellation)");
        List<Invitee> invitees = tx.meetings().invitees(m.id());
        if (invitees.isEmpty()) {
            throw new RefusedException("nobody-invited", "nobody is invited to " + m.reference());
        }
        if (doc == Document.INVITATION) {
            return new Prepared(tx.audit().lastChange(), Optional.empty(), null,
                    fingerprint(m.typeName() + m.startsAt() + m.endsAt() + m.venue() + m.callDetails()));
        }
        Optional<MeetingDocument> kept = kept(tx, m, doc);
        if (kept.isPresent()) {
            return new Prepared(tx.audit().lastChange(), kept, MeetingPapers.Copies.asSent(tx, kept.get()), kept.get().fingerprint());
        }
        if (doc == Document.MINUTES) {
            area.requireIssuable(tx, m);
        }
        // minutes rendered by the send that issues them say so, with the day
        LocalDate issuedOn = doc == Document.MINUTES ? LocalDate.ofInstant(tx.now(), RequestContext.ZONE) : null;
        MeetingPapers papers = new MeetingPapers(area, renderer, snapshot(tx, m, doc, area), doc, issuedOn);
        MeetingPapers.Copies both = MeetingPapers.Copies.of(papers);
        return new Prepared(tx.audit().lastChange(), Optional.empty(), both, fingerprint(both.full().text()));
    }

    /** Queues the prepared papers to every invitee, in the write transaction. */
    private static Queued queue(RequestContext ctx, Tx tx, AreaMeetings area, Renderer renderer, MailSettings settings, Mailer mailer,
                                long meetingId, Document doc, boolean resend, Prepared p) {
        Meeting m = tx.meetings().require(meetingId);
        List<Invitee> invitees = tx.meetings().invitees(m.id());
        MeetingDocument version = p.kept().isPresent() ? p.kept().get()
                : tx.meetings().documentVersion(m.id(), MeetingDocument.Kind.valueOf(doc.name()), p.fingerprint());
        MeetingPapers.Copies papers = p.papers();
        if (doc != Document.INVITATION && p.kept().isEmpty()) {
            if (tx.meetings().copies(version.id()).isEmpty()) {
                papers.keep(tx, version.id()); // the first send of this version: kept as it goes
            } else {
                papers = MeetingPapers.Copies.asSent(tx, version); // the same content went before: send exactly what went
            }
        }
        Letters letters = new Letters(ctx, area, renderer, settings, m, doc, version, childNames(tx, m), papers);
        int queued = 0;
        List<Long> earlier = new ArrayList<>();
        for (Invitee to : invitees) {
            Enqueued e = mailer.enqueue(tx, letters.to(tx, to), resend);
            if (e.queued()) {
                queued++;
            } else {
                earlier.add(e.message().id());
            }
        }
        if (doc == Document.MINUTES && !m.minutesIssued()) {
            tx.meetings().setMinutes(m.id(), Meeting.Minutes.ISSUED);
        }
        return new Queued(m, version, queued, earlier);
    }

    /** How the earlier messages stand once the delivery run is over (it may have sent some that were waiting). */
    private Earlier earlier(RequestContext ctx, List<Long> ids) {
        if (ids.isEmpty()) {
            return new Earlier(0, 0, 0, 0);
        }
        Map<Long, MailStatus> statuses = w.inTransaction(ctx, tx -> tx.mailQueue().statuses(ids));
        int sent = 0;
        int failed = 0;
        int waiting = 0;
        int midSend = 0;
        for (MailStatus st : statuses.values()) {
            switch (st) {
                case SENT -> sent++;
                case FAILED -> failed++;
                case QUEUED -> waiting++;
                case SENDING -> midSend++;
            }
        }
        return new Earlier(sent, waiting, midSend, failed);
    }

    /** What the full-audience document says; a change in it makes a new document version. */
    private static String fingerprint(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * The whole names of every child on the panel — given and family name, with and without the
     * middle names, either way round — and each alternative name: none may appear in a subject,
     * file name or calendar event (two queries however many children).
     */
    static List<LeastData.Name> childNames(Tx tx, Meeting m) {
        Map<Long, CaseRecord> cases = tx.cases().withIds(tx.meetings().cases(m.id()).stream().map(Map.Entry::getKey).toList());
        List<LeastData.Name> names = new ArrayList<>();
        for (Child c : tx.children().withIds(cases.values().stream().map(CaseRecord::childId).distinct().toList()).values()) {
            String whole = "the full name of child " + c.reference();
            String given = c.givenName() == null ? "" : c.givenName().strip();
            String family = c.familyName() == null ? "" : c.familyName().strip();
            String middle = c.middleNames() == null ? "" : c.middleNames().strip();
            for (String n : new String[] {given + " " + family, given + " " + middle + " " + family, family + " " + given, family + ", " + given}) {
                if (!given.isEmpty() && !family.isEmpty()) {
                    names.add(new LeastData.Name(n.replaceAll("\\s+", " "), whole));
                }
            }
            if (given.isEmpty() != family.isEmpty()) {
                names.add(new LeastData.Name(given + family, whole));
            }
            for (String alias : c.alternativeNames()) {
                names.add(new LeastData.Name(alias, "an alternative name of child " + c.reference()));
            }
        }
        return names;
    }
}
