package org.safeguard.plugins.swindon;

import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.template.BundledTemplates;
import org.safeguard.core.api.template.TemplateProvider;

/**
 * Ships Swindon's templates from this jar's {@code templates/swindon/} folder: the case block of
 * the strategy discussion's agenda that shares the completed screening (§9.5, §10.1.5) — what each
 * checklist's latest screening proposed — in HTML and plain text. The names are listed, not
 * discovered, because a bundle's resources cannot be listed portably. Thread-safe.
 */
@Component(service = TemplateProvider.class)
public final class SwindonTemplates extends BundledTemplates {
    static final Set<String> NAMES = Set.of("swindon/screening", "swindon/screening.text");

    public SwindonTemplates() {
        super(SwindonArea.ID, NAMES);
    }
}
