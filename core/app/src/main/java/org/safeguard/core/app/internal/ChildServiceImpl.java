package org.safeguard.core.app.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.Suggestions;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.api.codes.Code;
import org.safeguard.core.api.codes.CodeList;
import org.safeguard.core.api.form.CoreField;
import org.safeguard.core.api.form.FieldDefinition;
import org.safeguard.core.api.form.FormDefinition;
import org.safeguard.core.app.ChildService;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.model.Child;
import org.safeguard.core.runtime.Container;
import org.safeguard.core.store.NewChild;

/** {@link ChildService} over the store, with codes checked against the area's referral form's lists. */
final class ChildServiceImpl implements ChildService {
    private final Wiring w;

    ChildServiceImpl(Wiring w) {
        this.w = w;
    }

    /** A child's details checked, with their codes in their lists' spelling. */
    private record Checked(List<Problem> problems, Details details) {
    }

    @Override
    public List<Problem> check(RequestContext ctx, String areaId, Details details) {
        return checked(ctx, w.area(areaId), details).problems();
    }

    private Checked checked(RequestContext ctx, AreaDescriptor area, Details d) {
        List<Problem> problems = new ArrayList<>();
        for (String[] name : new String[][] {{"familyName", d.familyName()}, {"givenName", d.givenName()}}) {
            if (name[1] == null || name[1].isBlank()) {
                problems.add(Problem.of(name[0], "is empty"));
            }
        }
        String[][] lines = {{"familyName", d.familyName()}, {"givenName", d.givenName()}, {"middleNames", d.middleNames()},
            {"gender", d.gender()}, {"ethnicity", d.ethnicity()}, {"lookedAfterStatus", d.lookedAfterStatus()},
            {"legalStatus", d.legalStatus()}, {"school", d.school()}};
        for (String[] line : lines) {
            add(problems, Inputs.lineProblem(line[0], line[1]));
        }
        add(problems, Inputs.textProblem("address", d.address()));
        if (d.alternativeNames() != null) {
            d.alternativeNames().forEach(a -> add(problems, Inputs.lineProblem("alternativeNames", a)));
        }
        try {
            Inputs.notFuture(ctx, "dateOfBirth", d.dateOfBirth());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (d.dateOfBirth() != null && !d.dateOfBirth().isAfter(ctx.today())) {
            int age = Period.between(d.dateOfBirth(), ctx.today()).getYears();
            if (age > OLDEST) {
                problems.add(Problem.of("dateOfBirth", "makes the child " + age + " today; Safeguard records children and young people "
                        + "up to " + OLDEST + " (care leavers): check the date, written YYYY-MM-DD or DD/MM/YYYY"));
            }
        }
        String gender = Inputs.gender("gender", d.gender(), problems);
        Codes codes = new Codes(w.container(), area, problems);
        String ethnicity = codes.check(CoreField.ETHNICITY, "ethnicity", d.ethnicity());
        String lookedAfter = codes.check(CoreField.LOOKED_AFTER_STATUS, "lookedAfterStatus", d.lookedAfterStatus());
        String legal = codes.check(CoreField.LEGAL_STATUS, "legalStatus", d.legalStatus());
        return new Checked(problems, new Details(strip(d.familyName()), strip(d.givenName()), d.middleNames(), d.alternativeNames(),
                d.dateOfBirth(), gender, ethnicity, d.address(), lookedAfter, legal, d.school()));
    }

    /** The oldest age Safeguard records: the protocols' children and young people, care leavers included. */
    static final int OLDEST = 25;

    /** A warning for a date of birth that is possible but unlikely for a child on a panel: an adult's. */
    static Optional<String> unlikelyAge(RequestContext ctx, LocalDate dateOfBirth) {
        if (dateOfBirth == null) {
            return Optional.empty();
        }
        int age = Period.between(dateOfBirth, ctx.today()).getYears();
        return age >= 18 && age <= OLDEST ? Optional.of("the date of birth makes the child " + age + " today, an adult: recorded, "
                + "as the protocols cover care leavers and young adults to " + OLDEST + "; check the date if that is not so") : Optional.empty();
    }

    private static void add(List<Problem> problems, Problem p) {
        if (p != null) {
            problems.add(p);
        }
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /** Coded values checked against the list the area's referral form uses for the same concept (the form found once, when needed). */
    private static final class Codes {
        private final Container container;
        private final AreaDescriptor area;
        private final List<Problem> problems;
        private FormDefinition form;

        Codes(Container container, AreaDescriptor area, List<Problem> problems) {
            this.container = container;
            this.area = area;
            this.problems = problems;
        }

        String check(CoreField concept, String subject, String value) {
            if (value == null) {
                return null;
            }
            if (form == null) {
                form = ReferralServiceImpl.form(container, area);
            }
            Optional<CodeList> list = form.boundTo(concept).map(FieldDefinition::codeListId).flatMap(id -> container.codeLists().find(id));
            if (list.isEmpty()) {
                return value;
            }
            CodeList codes = list.get();
            return codes.find(value).map(Code::code).orElseGet(() -> {
                problems.add(new Problem(subject, "'" + value + "' is not in " + codes.title() + " (" + String.join(", ", codes.codeValues()) + ")",
                        Suggestions.closest(value, codes.codeValues()).orElse(null)));
                return null;
            });
        }
    }

    @Override
    public Child add(RequestContext ctx, String areaId, Details details) {
        AreaDescriptor area = w.area(areaId);
        Checked checked = checked(ctx, area, details);
        if (!checked.problems().isEmpty()) {
            throw new InvalidInputException("child not recorded", checked.problems());
        }
        Details d = checked.details();
        unlikelyAge(ctx, d.dateOfBirth()).ifPresent(w.events()::warning);
        NewChild nc = new NewChild(d.familyName(), d.givenName(), d.middleNames(), d.alternativeNames(), d.dateOfBirth(), d.gender(),
                d.ethnicity(), d.address(), d.lookedAfterStatus(), d.legalStatus(), null, null, d.school(), null, area.id(), null);
        return w.inTransaction(ctx, tx -> tx.children().add(nc));
    }

    @Override
    public Profile show(RequestContext ctx, long childId) {
        return w.inTransaction(ctx, tx -> {
            Child c = tx.children().require(childId);
            tx.audit().read("child", childId);
            return new Profile(c, tx.cases().forChild(childId), tx.placements().forChildren(List.of(childId)));
        });
    }

    @Override
    public org.safeguard.core.model.Placement place(RequestContext ctx, long childId, String hostArea, java.time.LocalDate on) {
        String host = Inputs.required("hostArea", hostArea);
        java.time.LocalDate day = on == null ? ctx.today() : Inputs.notFuture(ctx, "on", on);
        return w.inTransaction(ctx, tx -> {
            tx.children().require(childId);
            return tx.placements().add(childId, host, day);
        });
    }

    @Override
    public List<Child> list(RequestContext ctx) {
        return w.inTransaction(ctx, tx -> {
            tx.audit().record("list", "child", null, "");
            return tx.children().list();
        });
    }
}
