package org.safeguard.plugins.london;

import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.template.BundledTemplates;
import org.safeguard.core.api.template.TemplateProvider;

/**
 * Ships London's templates from this jar's {@code templates/london/} folder: the per-case VOLT
 * overview (Victim, Offender, Location, Themes) of the MASE agenda, Appendix F, in HTML and
 * plain text. The names are listed, not discovered, because a bundle's resources cannot be
 * listed portably. Thread-safe.
 */
@Component(service = TemplateProvider.class)
public final class LondonTemplates extends BundledTemplates {
    static final Set<String> NAMES = Set.of("london/volt", "london/volt.text");

    public LondonTemplates() {
        super(LondonArea.ID, NAMES);
    }
}
