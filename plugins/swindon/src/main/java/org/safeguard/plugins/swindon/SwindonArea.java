package org.safeguard.plugins.swindon;

import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.PluginResources;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.api.area.AreaProvider;

/** Describes the Swindon area and ships its default area definition. */
@Component(service = AreaProvider.class)
public final class SwindonArea implements AreaProvider {
    static final String ID = "swindon";

    private static final AreaDescriptor AREA = AreaDescriptor.builder(ID, "Swindon")
            .referralForm(SwindonForms.REFERRAL)
            .ethnicityList(ReferralCodes.ETHNICITY)
            // §5 "Signs and indicators"
            .warningSigns(HandbookCodes.SIGNS)
            .caseReferences("SWN-%05d")
            .build();

    public SwindonArea() {
        // DS needs a public no-arg constructor; the area is constant.
    }

    @Override
    public AreaDescriptor area() {
        return AREA;
    }

    @Override
    public Optional<String> defaultDefinition() {
        return PluginResources.read(SwindonArea.class, "/area/swindon.area");
    }
}
