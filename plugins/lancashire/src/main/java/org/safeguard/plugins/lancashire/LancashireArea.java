package org.safeguard.plugins.lancashire;

import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.PluginResources;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.api.area.AreaProvider;
import org.safeguard.core.api.area.ClassificationScheme;

/** Describes the Lancashire area and ships its default area definition and demonstration set. */
@Component(service = AreaProvider.class)
public final class LancashireArea implements AreaProvider {
    static final String ID = "lancashire";

    private static final AreaDescriptor AREA = AreaDescriptor.builder(ID, "Pan-Lancashire")
            .referralForm(Cse1ReferralForm.ID)
            .ethnicityList(ReferralCodes.ETHNICITY)
            .warningSigns(ProtocolCodes.SAFEGUARD_SIGNS)
            .instrument(Cse2Instrument.ID)
            // cases are numbered as the CSE 1/CSE 2/CSE 3 paperwork refers to them
            .caseReferences("CSE-%05d")
            // SOP §5 categories, set by a person (the language's case.category); §13 outcomes for the child and in criminal justice
            .scheme(ClassificationScheme.feeding(ProtocolCodes.CSE_CATEGORIES, "case.category"))
            .scheme(ClassificationScheme.of(ProtocolCodes.CHILD_OUTCOMES))
            .scheme(ClassificationScheme.of(ProtocolCodes.JUSTICE_OUTCOMES))
            .build();

    @Override
    public AreaDescriptor area() {
        return AREA;
    }

    @Override
    public Optional<String> defaultDefinition() {
        return PluginResources.read(LancashireArea.class, "/area/lancashire.area");
    }

    @Override
    public Optional<String> demonstration() {
        return PluginResources.read(LancashireArea.class, "/area/demonstration.json");
    }

}
