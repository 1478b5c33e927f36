package org.safeguard.plugins.stockport;

import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.PluginResources;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.api.area.AreaProvider;
import org.safeguard.core.api.area.ClassificationScheme;

/** Describes the Stockport area and ships its default area definition. */
@Component(service = AreaProvider.class)
public final class StockportArea implements AreaProvider {
    static final String ID = "stockport";
    /** The meeting type of §14, as the default area definition names it. */
    static final String STRATEGY_MEETING = "se-strategy";

    private static final AreaDescriptor AREA = AreaDescriptor.builder(ID, "Stockport")
            .referralForm(StockportForms.REFERRAL)
            .ethnicityList(StockportCodes.ETHNICITY)
            // §5 "Indicators of possible sexual exploitation"
            .warningSigns(StockportCodes.INDICATORS)
            // referrals go to the Safeguarding Children's Unit (§14 "Arrangements for Strategy Meetings")
            .caseReferences("SCU-%05d")
            // §11: a child's level moves both ways; each level set is kept
            .scheme(ClassificationScheme.feeding(StockportCodes.RISK_LEVEL, "case.risk-level"))
            .caseForm(StockportForms.BICHARD)
            .build();

    public StockportArea() {
        // DS needs a public no-arg constructor; the area is constant.
    }

    @Override
    public AreaDescriptor area() {
        return AREA;
    }

    @Override
    public Optional<String> defaultDefinition() {
        return PluginResources.read(StockportArea.class, "/area/stockport.area");
    }
}
