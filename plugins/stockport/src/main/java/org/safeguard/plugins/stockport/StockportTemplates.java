package org.safeguard.plugins.stockport;

import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.template.BundledTemplates;
import org.safeguard.core.api.template.TemplateProvider;

/**
 * Ships Stockport's templates from this jar's {@code templates/stockport/} folder: the agenda and
 * minutes of the sexual exploitation strategy meeting (§14), each with the procedure's note on
 * the confidential part parents and carers leave, and the per-case plans of its agenda — the safety plan
 * and exit strategy for the open part ({@code stockport/plans}), the disruption plan for the
 * confidential part ({@code stockport/disruption-plan}) — in HTML and plain text. The names are listed, not discovered,
 * because a bundle's resources cannot be listed portably. Thread-safe.
 */
@Component(service = TemplateProvider.class)
public final class StockportTemplates extends BundledTemplates {
    static final Set<String> NAMES = Set.of("stockport/se-strategy-agenda", "stockport/se-strategy-agenda.text",
            "stockport/se-strategy-minutes", "stockport/se-strategy-minutes.text", "stockport/plans", "stockport/plans.text",
            "stockport/disruption-plan", "stockport/disruption-plan.text");

    public StockportTemplates() {
        super(StockportArea.ID, NAMES);
    }
}
