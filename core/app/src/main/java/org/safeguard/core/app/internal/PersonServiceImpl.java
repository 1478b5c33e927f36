package org.safeguard.core.app.internal;

import java.util.ArrayList;
import java.util.List;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.Problem;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.app.PersonService;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.model.Child;
import org.safeguard.core.model.PersonOfConcern;

/** {@link PersonService} over the store. */
final class PersonServiceImpl implements PersonService {
    private final Wiring w;

    PersonServiceImpl(Wiring w) {
        this.w = w;
    }

    @Override
    public PersonOfConcern add(RequestContext ctx, NewPerson p) {
        String name = Inputs.required("name", p.name());
        Inputs.notFuture(ctx, "dob", p.dateOfBirth());
        List<String> aliases = p.aliases().stream().map(a -> Inputs.line("alias", a)).filter(a -> !a.isEmpty()).toList();
        List<Problem> problems = new ArrayList<>();
        String gender = Inputs.gender("gender", p.gender(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("person not recorded", problems);
        }
        String gang = Inputs.optional("gangAffiliation", p.gangAffiliation());
        String history = Inputs.optionalText("offendingHistory", p.offendingHistory());
        return w.language().saved(ctx, w.inTransaction(ctx, tx -> tx.personsOfConcern().add(name, aliases, p.dateOfBirth(), gender, gang, history)),
                "offending history", history);
    }

    @Override
    public Link link(RequestContext ctx, long personId, long childId, String relationship) {
        String how = Inputs.required("relationship", relationship);
        return w.language().saved(ctx, w.inTransaction(ctx, tx -> {
            PersonOfConcern p = tx.personsOfConcern().require(personId);
            Child c = tx.children().require(childId);
            if (tx.personsOfConcern().linkedTo(childId).stream().anyMatch(x -> x.id() == personId)) {
                throw new RefusedException("person-already-linked",
                        "person of concern " + p.reference() + " is already linked to child " + c.reference());
            }
            tx.personsOfConcern().linkChild(personId, childId, how);
            return new Link(p, c);
        }), "relationship", how);
    }

    @Override
    public List<PersonOfConcern> linkedTo(RequestContext ctx, long childId) {
        return w.inTransaction(ctx, tx -> {
            tx.children().require(childId);
            tx.audit().record("list", "person_of_concern", null, "child=" + childId);
            return tx.personsOfConcern().linkedTo(childId);
        });
    }
}
