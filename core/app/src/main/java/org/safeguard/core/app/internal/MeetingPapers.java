package org.safeguard.core.app.internal;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.safeguard.core.app.CirculationService.Document;
import org.safeguard.core.meetings.AreaMeetings;
import org.safeguard.core.meetings.Audience;
import org.safeguard.core.meetings.DocumentViews;
import org.safeguard.core.meetings.MeetingSnapshot;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.render.Format;
import org.safeguard.core.render.RenderedDocument;
import org.safeguard.core.render.Renderer;

/**
 * The agenda and minutes of one meeting rendered from one {@link MeetingSnapshot}: the
 * template the area's meeting type names for the document (else the shared one), the view
 * model for an audience, and the agenda's per-case notes rendered in the document's own
 * format. What a send needs of an audience — text and HTML bodies and the PDF — is rendered
 * once per audience, however many invitees share it. Not thread-safe; lives inside one
 * transaction.
 */
final class MeetingPapers {
    /** A document rendered for one audience: the message body in text and HTML, the PDF, and the meeting's date as the papers print it. */
    record ForAudience(String text, String html, byte[] pdf, String date) {
    }

    private final AreaMeetings area;
    private final Renderer renderer;
    private final MeetingSnapshot snapshot;
    private final Document doc;
    private final DocumentViews views;
    private final Map<Audience, ForAudience> rendered = new EnumMap<>(Audience.class);

    MeetingPapers(AreaMeetings area, Renderer renderer, MeetingSnapshot snapshot, Document doc) {
        if (doc == Document.INVITATION) {
            throw new IllegalArgumentException("an invitation is written for each invitee");
        }
        this.area = area;
        this.renderer = renderer;
        this.snapshot = snapshot;
        this.doc = doc;
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
    Set<Long> childrenIn(Audience audience) {
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
                    ((Map<?, ?>) html.get("meeting")).get("date").toString());
        });
    }

    private Map<String, Object> view(Audience audience, Format format) {
        return switch (doc) {
            case AGENDA -> views.agenda(snapshot, audience, (template, caseView) -> {
                RenderedDocument notes = renderer.render(template, format == Format.TEXT ? Format.TEXT : Format.HTML, caseView);
                return format == Format.TEXT ? notes.text() : notes.asMarkup();
            });
            case MINUTES -> views.minutes(snapshot, audience);
            case INVITATION -> throw new IllegalStateException("an invitation is written for each invitee");
        };
    }
}
