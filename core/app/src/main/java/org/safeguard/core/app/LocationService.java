package org.safeguard.core.app;

import java.util.List;
import org.safeguard.core.model.Child;
import org.safeguard.core.model.Location;
import org.safeguard.core.model.LocationKind;
import org.safeguard.core.model.PersonOfConcern;
import org.safeguard.core.model.Role;

/**
 * Places that matter to a case (addresses, incident locations, hotspots, where a child was
 * found), linked to children and persons of concern, each link once (rule
 * {@code location-already-linked}). Implementations are thread-safe.
 */
public interface LocationService {
    /**
     * A location to record.
     *
     * @param kind        what kind of place it is
     * @param description what the place is, as the panel will know it (required)
     * @param address     or null
     * @param postcode    or null; stored in capitals
     */
    record NewLocation(LocationKind kind, String description, String address, String postcode) {
    }

    @Needs(Role.PRACTITIONER)
    Location add(RequestContext ctx, NewLocation location);

    /** Links a location to a child; returns the child. */
    @Needs(Role.PRACTITIONER)
    Child linkToChild(RequestContext ctx, long locationId, long childId);

    /** Links a location to a person of concern; returns the person. */
    @Needs(Role.PRACTITIONER)
    PersonOfConcern linkToPerson(RequestContext ctx, long locationId, long personId);

    /** The locations linked to a child, by id; the listing is audited. */
    @Needs(Role.PRACTITIONER)
    List<Location> forChild(RequestContext ctx, long childId);

    /** The locations linked to a person of concern, by id; the listing is audited. */
    @Needs(Role.PRACTITIONER)
    List<Location> forPerson(RequestContext ctx, long personId);
}
