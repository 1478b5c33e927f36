package org.safeguard.core.app.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.app.CirculationService.Document;
import org.safeguard.core.meetings.AreaMeetings;
import org.safeguard.core.meetings.Audience;
import org.safeguard.core.meetings.DocumentViews;
import org.safeguard.core.meetings.MeetingSnapshot;
import org.safeguard.core.model.DocumentCopy;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.MeetingDocument;
import org.safeguard.core.render.Format;
import org.safeguard.core.render.RenderedDocument;
import org.safeguard.core.render.Renderer;
import org.safeguard.core.store.Tx;

/**
 * The agenda and minutes of one meeting rendered from one {@link MeetingSnapshot}: the
 * template the area's meeting type names for the document (else the shared one), the view
 * model for an audience, and the agenda's per-case notes rendered in the document's own
 * format. What a send needs of an audience — text and HTML bodies and the PDF — is rendered
 * once per audience, however many invitees share it. Not thread-safe; lives inside one
 * transaction.
 */
final class MeetingPapers {
    /**
     * A document for one audience as a message carries it: the body in text and HTML, the PDF,
     * the meeting's date as the papers print it, the view model it was rendered from (plain data) and
     * the children it concerns. Rendered fresh, or read back as it was kept when sent.
     */
    record ForAudience(String text, String html, byte[] pdf, String date, Map<String, Object> view, Set<Long> children) {
        /** A copy kept when the version was sent. */
        static ForAudience of(DocumentCopy c) {
            return new ForAudience(c.text(), c.html(), c.pdf(), c.printedDate(), c.view(), c.children());
        }

        /** This, to keep as the version's copy for an audience. */
        DocumentCopy copy(long documentId, Audience audience) {
            return new DocumentCopy(documentId, audience == Audience.RESTRICTED, text, html, pdf, view, children, date, null);
        }

        /** The rendering in one format, as the copy holds it. */
        byte[] bytes(Format format) {
            return switch (format) {
                case TEXT -> text.getBytes(StandardCharsets.UTF_8);
                case HTML -> html.getBytes(StandardCharsets.UTF_8);
                case PDF -> pdf.clone();
            };
        }
    }

    /** A document version for both audiences, as one send carries it and as it is kept. */
    record Copies(ForAudience full, ForAudience restricted) {
        ForAudience get(Audience audience) {
            return audience == Audience.FULL ? full : restricted;
        }

        /** Both audiences' papers, rendered now (whoever is invited now: the version is kept as it went, for anyone sent it later). */
        static Copies of(MeetingPapers papers) {
            return new Copies(papers.forAudience(Audience.FULL), papers.forAudience(Audience.RESTRICTED));
        }

        /** A version's copies as sent; refused when it has none for an audience (it was sent before copies were kept). */
        static Copies asSent(Tx tx, MeetingDocument version) {
            Map<Boolean, DocumentCopy> copies = tx.meetings().copies(version.id());
            for (boolean restricted : new boolean[] {false, true}) {
                if (!copies.containsKey(restricted)) {
                    throw new RefusedException("copy-missing", "the " + version.kind().name().toLowerCase(Locale.ROOT) + " v" + version.version()
                            + " of the meeting was sent before sent papers were kept, and has no copy for the "
                            + (restricted ? "restricted" : "full") + " audience");
                }
            }
            return new Copies(ForAudience.of(copies.get(false)), ForAudience.of(copies.get(true)));
        }

        /** Keeps both as the version's copies, as they go. */
        void keep(Tx tx, long documentId) {
            tx.meetings().keepCopy(full.copy(documentId, Audience.FULL));
            tx.meetings().keepCopy(restricted.copy(documentId, Audience.RESTRICTED));
        }
    }

    private final AreaMeetings area;
    private final Renderer renderer;
    private final MeetingSnapshot snapshot;
    private final Document doc;
    private final LocalDate issuedOn;
    private final DocumentViews views;
    private final Map<Audience, ForAudience> rendered = new EnumMap<>(Audience.class);

    /**
     * @param issuedOn for minutes, the day they are issued by the send that renders them; null
     *                 for a draft (and for an agenda)
     */
    MeetingPapers(AreaMeetings area, Renderer renderer, MeetingSnapshot snapshot, Document doc, LocalDate issuedOn) {
        if (doc == Document.INVITATION) {
            throw new IllegalArgumentException("an invitation is written for each invitee");
        }
        this.area = area;
        this.renderer = renderer;
        this.snapshot = snapshot;
        this.doc = doc;
        this.issuedOn = issuedOn;
        this.views = area.views(snapshot.meeting());
    }

    /** The template an area's meeting type names for a document, else the shared one of that name. */
    static String template(AreaMeetings area, Meeting m, Document doc) {
        String kind = doc.name().toLowerCase(Locale.ROOT);
        return area.type(m.meetingType()).template(kind).map(t -> t.template()).orElse(kind);
    }

    /**
     * The children a copy for an audience concerns, for the disclosure log: every child the full
     * papers show; none for the open part, which names no child and no case.
     */
    private Set<Long> childrenIn(Audience audience) {
        return audience == Audience.FULL ? snapshot.childrenShown() : Set.of();
    }

    /** The document for an audience in one format. */
    RenderedDocument render(Audience audience, Format format) {
        return renderer.render(template(area, snapshot.meeting(), doc), format, view(audience, format));
    }

    /** The document for an audience as a message carries it, rendered once per audience. */
    ForAudience forAudience(Audience audience) {
        return rendered.computeIfAbsent(audience, a -> {
            String template = template(area, snapshot.meeting(), doc);
            Map<String, Object> html = view(a, Format.HTML);
            return new ForAudience(renderer.render(template, Format.TEXT, view(a, Format.TEXT)).text(),
                    renderer.render(template, Format.HTML, html).text(), renderer.render(template, Format.PDF, html).bytes(),
                    ((Map<?, ?>) html.get("meeting")).get("date").toString(), plainView(html), childrenIn(a));
        });
    }

    private Map<String, Object> view(Audience audience, Format format) {
        return switch (doc) {
            case AGENDA -> views.agenda(snapshot, audience, (template, caseView) -> {
                RenderedDocument notes = renderer.render(template, format == Format.TEXT ? Format.TEXT : Format.HTML, caseView);
                return format == Format.TEXT ? notes.text() : notes.asMarkup();
            });
            case MINUTES -> views.minutes(snapshot, audience, issuedOn);
            case INVITATION -> throw new IllegalStateException("an invitation is written for each invitee");
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> plainView(Map<String, Object> view) {
        return (Map<String, Object>) plain(view);
    }

    /** A view model as plain data (maps, lists, strings, numbers, booleans; markup as its HTML), to keep as JSON. */
    private static Object plain(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (node instanceof java.util.Collection<?> list) {
            return list.stream().map(MeetingPapers::plain).toList();
        }
        return node == null || node instanceof String || node instanceof Number || node instanceof Boolean ? node : node.toString();
    }
}
