package org.safeguard.plugins.lancashire;

import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.template.BundledTemplates;
import org.safeguard.core.api.template.TemplateProvider;

/**
 * Ships Lancashire's template overrides from this jar's {@code templates/lancashire/} folder:
 * the CSE 3 case notes of SOP Appendix I, in HTML and plain text. The names are listed here,
 * not discovered, because a bundle's resources cannot be listed portably. Thread-safe.
 */
@Component(service = TemplateProvider.class)
public final class LancashireTemplates extends BundledTemplates {
    static final Set<String> NAMES = Set.of("lancashire/case-notes", "lancashire/case-notes.text");

    public LancashireTemplates() {
        super(LancashireArea.ID, NAMES);
    }
}
