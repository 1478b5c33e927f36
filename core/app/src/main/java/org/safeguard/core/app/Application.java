package org.safeguard.core.app;

import java.time.Clock;
import java.util.function.Consumer;
import org.safeguard.core.app.internal.Wiring;
import org.safeguard.core.runtime.Container;
import org.safeguard.core.runtime.Distribution;
import org.safeguard.core.runtime.Home;

/**
 * The application for one home: the one place its services are built and wired (the store,
 * the container with the home's enabled plugins, the renderer, the area definitions in force)
 * and the services every front end calls. Parts are opened on first use, so a command that
 * only previews a score never opens the database. One instance per process (a command, or
 * {@code serve}); thread-safe for the services' calls, closed once at the end.
 */
public final class Application implements AutoCloseable {
    /** How the container runs: for one command, or kept running by {@code serve}. */
    public enum Mode { COMMAND, SERVE }

    /**
     * What the application has to say while it works, for the front end to show or log as it
     * sees fit: plugin lifecycle lines from the container, and warnings (an area file with
     * errors whose last good version is used). Never a child's details.
     */
    public interface Events {
        void container(String line);

        void warning(String message);

        /** Events that go nowhere. */
        static Events ignore() {
            return new Events() {
                @Override public void container(String line) { }
                @Override public void warning(String message) { }
            };
        }

        /** Every event as a line to one consumer. */
        static Events lines(Consumer<String> out) {
            return new Events() {
                @Override public void container(String line) { out.accept(line); }
                @Override public void warning(String message) { out.accept(message); }
            };
        }
    }

    private final Wiring wiring;

    private Application(Wiring wiring) {
        this.wiring = wiring;
    }

    /**
     * The application on a home (which need not exist yet: {@link #homes()} creates it), with
     * the distribution's shared templates, service bundles and shipped plugins.
     */
    public static Application open(Home home, Distribution distribution, Mode mode, boolean debug, Events events) {
        return new Application(new Wiring(home, distribution, mode, debug, events));
    }

    /** The home this application works on. */
    public Home home() {
        return wiring.home();
    }

    /** The running container; started on first use. */
    public Container container() {
        return wiring.container();
    }

    public HomeService homes() {
        return wiring.service(HomeService.class);
    }

    public PluginService plugins() {
        return wiring.service(PluginService.class);
    }

    public AreaService areas() {
        return wiring.service(AreaService.class);
    }

    public CaseService cases() {
        return wiring.service(CaseService.class);
    }

    public ChildService children() {
        return wiring.service(ChildService.class);
    }

    public ReferralService referrals() {
        return wiring.service(ReferralService.class);
    }

    public AssessmentService assessments() {
        return wiring.service(AssessmentService.class);
    }

    public MissingEpisodeService missingEpisodes() {
        return wiring.service(MissingEpisodeService.class);
    }

    public PersonService persons() {
        return wiring.service(PersonService.class);
    }

    public LocationService locations() {
        return wiring.service(LocationService.class);
    }

    public RuleService rules() {
        return wiring.service(RuleService.class);
    }

    public DeadlineService deadlines() {
        return wiring.service(DeadlineService.class);
    }

    public DecisionService decisions() {
        return wiring.service(DecisionService.class);
    }

    public PlanService plans() {
        return wiring.service(PlanService.class);
    }

    public ReportService reports() {
        return wiring.service(ReportService.class);
    }

    public ImportService imports() {
        return wiring.service(ImportService.class);
    }

    public AuditService audit() {
        return wiring.service(AuditService.class);
    }

    public CirculationService circulation() {
        return wiring.service(CirculationService.class);
    }

    public MailService mail() {
        return wiring.service(MailService.class);
    }

    public DisclosureService disclosures() {
        return wiring.service(DisclosureService.class);
    }

    public MeetingService meetings() {
        return wiring.service(MeetingService.class);
    }

    public ActionService actions() {
        return wiring.service(ActionService.class);
    }

    public ReferenceService references() {
        return wiring.service(ReferenceService.class);
    }

    /** An area's records written to a CSV or XLSX file, audited and in the disclosure log. */
    public ExportService exports() {
        return wiring.service(ExportService.class);
    }

    /** The language check; the services also check what they save, into the request's {@link Warnings}. */
    public LanguageService language() {
        return wiring.service(LanguageService.class);
    }

    public UserService users() {
        return wiring.service(UserService.class);
    }

    /**
     * Who a request comes from: the context for a login the front end vouches for (the command
     * line: the operating-system login running it; later, a web console's sign-in), on a clock.
     * The login must be an active user of the home, whose role the context carries; before the
     * home exists, whoever makes it with {@code init} becomes its administrator. Refused (and
     * audited) for anyone else, and for the names of {@link UserService#SYSTEM_ACTORS}.
     *
     * @throws org.safeguard.core.api.NotPermittedException when the login may not act on this home
     */
    public RequestContext signIn(String login, Clock clock) {
        return wiring.signIn(login, null, clock);
    }

    /**
     * As {@link #signIn(String, Clock)}, for a front end where the person may also say whom they
     * act as (the command line's {@code --user}): that must be their own login — acting as
     * another user is refused, and the attempt audited.
     *
     * @param claimed the user the person asked to act as, or null when they did not say
     */
    public RequestContext signIn(String login, String claimed, Clock clock) {
        return wiring.signIn(login, claimed, clock);
    }

    @Override
    public void close() {
        wiring.close();
    }
}
