package org.safeguard.core.app.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.app.LocationService;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.model.Child;
import org.safeguard.core.model.Location;
import org.safeguard.core.model.PersonOfConcern;

/** {@link LocationService} over the store. */
final class LocationServiceImpl implements LocationService {
    private final Wiring w;

    LocationServiceImpl(Wiring w) {
        this.w = w;
    }

    @Override
    public Location add(RequestContext ctx, NewLocation l) {
        Objects.requireNonNull(l.kind(), "kind");
        String what = Inputs.requiredText("description", l.description());
        String address = Inputs.optionalText("address", l.address());
        String postcode = l.postcode() == null ? null : Inputs.line("postcode", l.postcode()).toUpperCase(Locale.ROOT);
        return w.language().saved(ctx, w.inTransaction(ctx, tx -> tx.locations().add(l.kind(), what, address, postcode)), "description", what);
    }

    @Override
    public Child linkToChild(RequestContext ctx, long locationId, long childId) {
        return w.inTransaction(ctx, tx -> {
            tx.locations().require(locationId);
            Child c = tx.children().require(childId);
            if (tx.locations().forChild(childId).stream().anyMatch(l -> l.id() == locationId)) {
                throw new RefusedException("location-already-linked", "location " + locationId + " is already linked to child " + c.reference());
            }
            tx.locations().linkChild(locationId, childId);
            return c;
        });
    }

    @Override
    public PersonOfConcern linkToPerson(RequestContext ctx, long locationId, long personId) {
        return w.inTransaction(ctx, tx -> {
            tx.locations().require(locationId);
            PersonOfConcern p = tx.personsOfConcern().require(personId);
            if (tx.locations().forPerson(personId).stream().anyMatch(l -> l.id() == locationId)) {
                throw new RefusedException("location-already-linked",
                        "location " + locationId + " is already linked to person of concern " + p.reference());
            }
            tx.locations().linkPerson(locationId, personId);
            return p;
        });
    }

    @Override
    public List<Location> forChild(RequestContext ctx, long childId) {
        return w.inTransaction(ctx, tx -> {
            tx.children().require(childId);
            tx.audit().record("list", "location", null, "child=" + childId);
            return tx.locations().forChild(childId);
        });
    }

    @Override
    public List<Location> forPerson(RequestContext ctx, long personId) {
        return w.inTransaction(ctx, tx -> {
            tx.personsOfConcern().require(personId);
            tx.audit().record("list", "location", null, "person=" + personId);
            return tx.locations().forPerson(personId);
        });
    }
}
