package org.safeguard.core.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.runtime.AreaDefinitions;
import org.safeguard.dsl.CheckResult;
import org.safeguard.dsl.model.AreaDefinition;
import org.safeguard.core.model.Role;

/**
 * The home's area definitions. They are checked once per process, when first needed; a file
 * with errors is never applied and its last good version stays in force. {@link #reload}
 * checks them again (what {@code serve} does when a file is saved or a plugin changes).
 */
public interface AreaService {
    /** Checks files without applying anything. */
    @Needs(Role.ADMINISTRATOR)
    CheckResult check(RequestContext ctx, Path file);

    /** Every area file's state: applied, or in error with the last good version in force (or none). */
    @Needs({Role.PRACTITIONER, Role.AUDITOR})
    List<AreaDefinitions.Loaded> list(RequestContext ctx);

    /** The state of the file defining an area. */
    @Needs({Role.PRACTITIONER, Role.AUDITOR})
    AreaDefinitions.Loaded find(RequestContext ctx, String areaId);

    /** The definition in force for an area. */
    @Needs({Role.PRACTITIONER, Role.AUDITOR})
    AreaDefinition inForce(RequestContext ctx, String areaId);

    /** The area to work in: the one named, else the only enabled one (refused when none is, or several are). */
    @Needs({Role.PRACTITIONER, Role.AUDITOR})
    AreaDescriptor resolve(RequestContext ctx, String requested);

    /** The demonstration set the area's plugin ships (JSON, see the plugin author's guide), if any. */
    @Needs({Role.PRACTITIONER, Role.AUDITOR})
    Optional<String> demonstration(RequestContext ctx, String areaId);

    /** Checks every area file again and applies those that check clean. */
    @Needs(Role.ADMINISTRATOR)
    List<AreaDefinitions.Loaded> reload(RequestContext ctx);
}
