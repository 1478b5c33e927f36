package org.safeguard.core.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fixed view models for every shared document, made the way a caller makes them: records
 * built for the template, dates already formatted, confidential parts already filtered.
 * Fictional people and places only.
 */
final class Views {
    record Area(String name, String marking, String confidentialityNotice) { }
    record Meeting(String typeName, String date, String time, String venue, String callDetails, String chair, String viceChair) { }
    record Action(String description, String owner, String agency, String due, String status, String caseReference) { }
    record AgendaCase(String reference, String band, String lead, String summary, Object notes) { }
    record AgendaItem(String number, String title, String note, List<AgendaCase> cases, List<Action> actions, List<Strand> strands) {
        AgendaItem(String number, String title, String note, List<AgendaCase> cases, List<Action> actions) {
            this(number, title, note, cases, actions, List.of());
        }
    }
    record Strand(String name, List<Action> actions) { }
    record Section(String title, List<?> items) { }
    record Part(String label, String title, boolean confidential, String leaving, List<Section> sections) { }
    record Person(String name, String role, String agency) { }
    record Attendance(List<Person> present, List<Person> apologies, List<Person> absent) { }
    record Quorum(boolean met, String statement) { }
    record Status(String state, String agreedOn, String circulatedOn) { }
    record MinutesCase(String reference, String band, String lead, String discussion, List<String> decisions, List<Action> actions) { }
    record MinutesItem(String number, String title, String notes, List<MinutesCase> cases, List<String> decisions, List<Action> actions) { }
    record Child(String name, String dateOfBirth, String address) { }
    record PersonOfConcern(String name, String investigation, String disruption) { }
    record Locations(String vulnerable, String targetHardening, String disruption) { }
    record CaseView(String reference, Child child, String riskLevel, String category, List<String> riskFactors,
                    String strategyUpdate, String update, String support, String engagement, String offending,
                    String siblingsAndPeers, List<PersonOfConcern> personsOfConcern, Locations locations,
                    List<Action> actions, String referredOn, String closedOn) { }
    record PartRef(String label, String title, boolean confidential) { }
    record Invitation(String replyBy, String purpose, String papers, List<PartRef> parts) { }
    record Sender(String name, String role, String agency, String email, String phone) { }
    record Referrer(String name, String agency, String contact) { }
    record Referral(String reference, String caseReference, String formTitle, String formSource, String receivedOn, Referrer referrer) { }
    record Answer(String label, List<String> values, String note) { }
    record FormSection(String title, List<Answer> answers) { }
    record Report(String title, String subtitle, String period, String generatedOn, List<String> notes) { }
    record Column(String label, boolean numeric) { }
    record BoardHeading(String title, String subtitle, String source, String period, String generatedOn, List<String> notes, String footer) { }
    record BoardSection(String title, List<String> paragraphs, List<Column> columns, List<List<String>> rows, String empty, Object chart) { }

    static final String CHILD_NAME = "Alex Sample";
    static final String NOTICE = "The matters discussed at this meeting are strictly confidential. They must not be copied or"
            + " shared without the consent of the agencies represented. Keep these papers securely and destroy them when"
            + " they are no longer needed.";

    private Views() {
    }

    static Area area() {
        return new Area("Pan-Lancashire", "OFFICIAL-SENSITIVE", NOTICE);
    }

    static Meeting meeting() {
        return new Meeting("Multi-Agency CSE Meeting", "Tuesday 3 March 2026", "10:00 to 12:00", "Room 2, County Hall, Preston",
                "Microsoft Teams: the link is sent separately to invitees", "DI Sam Carter (Lancashire Constabulary)",
                "Priya Shah (Children's Social Care)");
    }

    static List<Action> actionsDue() {
        return List.of(
                new Action("Share the return interview findings with the school's designated safeguarding lead", "Jo Patel",
                        "Children's Social Care", "Friday 27 February 2026", "Open", "LAN-2026-0042"),
                new Action("Ask licensing to review the takeaway on Fishergate after 22:00", "PC Lee Morgan", "Lancashire Constabulary",
                        "Tuesday 3 March 2026", "Overdue", null));
    }

    /** An agenda with {@code cases} case blocks under "Case updates". */
    static Map<String, Object> agenda(int cases, Object firstCaseNotes) {
        List<AgendaCase> blocks = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            String ref = String.format("LAN-2026-%04d", 42 + i);
            blocks.add(new AgendaCase(ref, i % 3 == 0 ? "RED" : i % 3 == 1 ? "AMBER" : "GREEN",
                    i % 2 == 0 ? "Children's Social Care" : "Lancashire Constabulary",
                    "Missing twice since the last meeting; found both times at the same address in Preston city centre."
                            + " Return interviews completed.",
                    i == 0 ? firstCaseNotes : null));
        }
        Part open = new Part("1", "Open business", false, null, List.of(
                new Section(null, List.of(
                        new AgendaItem("1.1", "Welcome, introductions and apologies", null, List.of(), List.of()),
                        new AgendaItem("1.2", "Minutes and actions from the last meeting", null, List.of(), actionsDue()),
                        new AgendaItem("1.3", "Case updates (CSE 3 case notes)", "Leads give a two-minute update on each case.",
                                blocks, List.of()),
                        new AgendaItem("1.4", "Cases proposed for discharge", null,
                                List.of(new AgendaCase("LAN-2025-0311", "GREEN", "Barnardo's", "No missing episodes for six months;"
                                        + " positive engagement with the support worker.", null)), List.of())))));
        Part confidential = new Part("2", "Confidential business", true, "Parents and carers leave before this part.", List.of(
                new Section("Intelligence", List.of(
                        new AgendaItem("2.1", "Problem profile: locations & persons of concern", null, List.of(), List.of())))));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("area", area());
        m.put("meeting", meeting());
        m.put("parts", List.of(open, confidential));
        return m;
    }

    static Map<String, Object> minutes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("area", area());
        m.put("meeting", meeting());
        m.put("status", new Status("Draft", null, null));
        m.put("attendance", new Attendance(
                List.of(new Person("DI Sam Carter", "Chair", "Lancashire Constabulary"),
                        new Person("Priya Shah", "Vice chair", "Children's Social Care"),
                        new Person("Dr Ana Ruiz", "Named nurse", "Lancashire Teaching Hospitals"),
                        new Person("Tom Hughes", null, "Lancashire Youth Offending Team")),
                List.of(new Person("Kim Doyle", "Education safeguarding officer", "Lancashire County Council")),
                List.of(new Person("Chris Wood", null, "Housing"))));
        m.put("quorum", new Quorum(true, "Quorate: 4 partner organisations were represented, including the police and children's social care."));
        Action share = actionsDue().get(0);
        Action school = new Action("Invite the school's designated safeguarding lead to the next meeting", "Priya Shah",
                "Children's Social Care", "Tuesday 10 March 2026", "Open", "LAN-2026-0042");
        MinutesCase c = new MinutesCase("LAN-2026-0042", "RED", "Children's Social Care",
                "Two missing episodes since the last meeting.\nThe return interview found the same adult contact each time.",
                List.of("Risk stays RED.", "Request a disruption plan for the address."), List.of(share, school));
        Part open = new Part("1", "Open business", false, null, List.of(new Section(null, List.of(
                new MinutesItem("1.1", "Welcome, introductions and apologies", "Apologies were received from Kim Doyle.",
                        List.of(), List.of(), List.of()),
                new MinutesItem("1.2", "Case updates (CSE 3 case notes)", null, List.of(c), List.of(), List.of())))));
        Part conf = new Part("2", "Confidential business", true, "Parents and carers left before this part.", List.of(
                new Section("Intelligence", List.of(new MinutesItem("2.1", "Problem profile", "Two new locations reported <in the north>.",
                        List.of(), List.of("Add both locations to the profile."), List.of())))));
        m.put("parts", List.of(open, conf));
        m.put("actions", List.of(share, school));
        m.put("nextMeeting", new Meeting("Multi-Agency CSE Meeting", "Tuesday 7 April 2026", "10:00", "Room 2, County Hall, Preston",
                null, "Detective Inspector Jane Holt", null));
        return m;
    }

    static Map<String, Object> invitation() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("area", area());
        m.put("meeting", meeting());
        m.put("recipient", new Person("Dr Ana Ruiz", "Named nurse", "Lancashire Teaching Hospitals"));
        m.put("sender", new Sender("Sam Carter", "Detective Inspector, chair", "Lancashire Constabulary", "cse.panel@example.org", null));
        m.put("invitation", new Invitation("Friday 27 February 2026",
                "The meeting reviews every child on the panel's list and agrees the actions that keep them safe.",
                "The agenda and papers will be sent a week before the meeting.",
                List.of(new PartRef("1", "Open business", false), new PartRef("2", "Confidential business", true))));
        return m;
    }

    static CaseView caseView() {
        return new CaseView("LAN-2026-0042", new Child(CHILD_NAME, "14 May 2011", "12 Example Street, Preston PR1 0XX"), "High (RED)",
                "Category 2", List.of("Missing from home", "Contact with older adults not known to the family", "Unexplained gifts"),
                "Strategy meeting on 12 February 2026 agreed a section 47 enquiry.", null,
                "Weekly sessions with a specialist CSE worker.", "Attends most sessions; reluctant to talk about the address.",
                null, "An older sibling is already known to the panel.",
                List.of(new PersonOfConcern("Adult male, about 25, known as \"D\"", "Identified; enquiries continuing.",
                        "Child abduction warning notice served 20 February 2026.")),
                new Locations("Takeaway on Fishergate; flat above it", "Door entry system fitted at the flats", "Police patrols after 22:00"),
                List.of(actionsDue().get(0)), "28 January 2026", null);
    }

    static Map<String, Object> caseNotes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("area", area());
        m.put("meeting", meeting());
        m.put("case", caseView());
        return m;
    }

    static Map<String, Object> referral() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("area", area());
        m.put("referral", new Referral("REF-2026-0107", "LAN-2026-0042", "CSE 1 referral form", "Pan-Lancashire SOP Appendix G",
                "Wednesday 28 January 2026, 14:10", new Referrer("Jo Patel", "Children's Social Care", "jo.patel@example.org")));
        m.put("sections", List.of(
                new FormSection("About the child", List.of(
                        new Answer("Name", List.of(CHILD_NAME), null),
                        new Answer("Date of birth", List.of("14 May 2011"), null),
                        new Answer("Looked after", List.of("No"), null))),
                new FormSection("Basis of concern", List.of(
                        new Answer("Warning signs seen", List.of("Going missing", "Gifts from unknown sources"), null),
                        new Answer("What happened", List.of("Found at 01:30 at a flat above a takeaway.\nSaid an older friend drove her there."),
                                "As told to the referrer."),
                        new Answer("Parents or carers aware", List.of(), null))),
                new FormSection("Agencies involved", List.of())));
        return m;
    }

    static Map<String, Object> report() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("area", area());
        m.put("report", new Report("Cases by risk band", "Panel activity", "1 January to 31 March 2026", "Tuesday 3 March 2026, 09:00",
                List.of("Counts are of open cases on the last day of each month.")));
        m.put("columns", List.of(new Column("Month", false), new Column("RED", true), new Column("AMBER", true),
                new Column("GREEN", true), new Column("Total", true)));
        m.put("rows", List.of(List.of("January", "4", "11", "9", "24"), List.of("February", "5", "10", "12", "27")));
        m.put("totals", List.of("All", "9", "21", "21", "51"));
        return m;
    }

    /** A panel report as core/reports lays one out: a narrative, a table, an empty table, escaping in a cell. */
    static Map<String, Object> boardReport() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("area", area());
        m.put("report", new BoardHeading("MASE report to the LSCB CSE sub-group", "Panel report", "London CSE Operating Protocol, §7",
                "1 October 2026 to 30 November 2026", "Tuesday 1 December 2026, 09:00", List.of("Figures go with the narrative."),
                "Cases are named by their reference, never by the child's name."));
        List<Column> actions = List.of(new Column("Action", false), new Column("Strand", false), new Column("What", false),
                new Column("Due", false));
        m.put("sections", List.of(
                new BoardSection("Narrative", List.of("Hotels remain the main concern.", "Taxi ranks <next>."), List.of(), List.of(), "", null),
                new BoardSection("Activity by strand", List.of("Agreed and done in the period."), List.of(new Column("Strand", false),
                        new Column("Agreed", true), new Column("Done", true)), List.of(List.of("Prevent", "1", "0"), List.of("Pursue", "1", "1")),
                        "", null),
                new BoardSection("Activity tracked", List.of(), actions, List.of(List.of("A00001", "Prevent", "Awareness sessions & leaflets",
                        "25 Nov 2026")), "No action was tracked.", null),
                new BoardSection("Planned activity", List.of(), actions, List.of(), "No open action is due after the period.", null)));
        return m;
    }
}
