package org.safeguard.plugins.london;

import static org.safeguard.core.api.area.OutcomeCode.onPerson;
import static org.safeguard.core.api.area.OutcomeCode.onVictim;

import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.PluginResources;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.api.area.AreaProvider;
import org.safeguard.core.api.area.ClassificationScheme;

/** Describes the London area and ships its default area definition. */
@Component(service = AreaProvider.class)
public final class LondonArea implements AreaProvider {
    static final String ID = "london";
    static final String APPENDIX_E = "Appendix E";

    private static final AreaDescriptor AREA = AreaDescriptor.builder(ID, "London")
            .referralForm(LondonForms.REFERRAL)
            .ethnicityList(ReferralCodes.ETHNICITY)
            .warningSigns(ProtocolCodes.SAFEGUARD_SIGNS)
            // cases are numbered as the panel that reviews them
            .caseReferences("MASE-%05d")
            // §5: a child carries both a police category and a social care tier, each set by a person
            .scheme(ClassificationScheme.feeding(ProtocolCodes.POLICE_CATEGORY, "case.category"))
            .scheme(ClassificationScheme.feeding(ProtocolCodes.CSC_TIER, "case.tier"))
            .caseForm(LondonForms.MASE_INFO)
            // Appendix E outcome codes: MI on the victim's page, the F codes on the suspect's
            .outcome(onVictim("MI", "A positive intervention for the victim is achieved", APPENDIX_E))
            .outcome(onPerson("FP", "An order is served on the suspect: Section 2 Abduction Warning Notice, Sexual"
                    + " Risk Order, Notification Order or Anti-Social Behaviour Order", APPENDIX_E))
            .outcome(onPerson("FO", "A Sexual Harm Prevention Order (SHPO) is served on the suspect", APPENDIX_E))
            .outcome(onPerson("FQ", "A positive disruption to the suspect has been achieved, including a charge as a"
                    + " consequence of a sexual exploitation investigation, whether or not for a sexual exploitation"
                    + " offence", APPENDIX_E))
            .build();

    @Override
    public AreaDescriptor area() {
        return AREA;
    }

    @Override
    public Optional<String> defaultDefinition() {
        return PluginResources.read(LondonArea.class, "/area/london.area");
    }
}
