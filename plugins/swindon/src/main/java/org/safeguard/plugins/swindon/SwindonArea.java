package org.safeguard.plugins.swindon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
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
        try (InputStream in = SwindonArea.class.getResourceAsStream("/area/swindon.area")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Swindon plugin's /area/swindon.area", e);
        }
    }
}
