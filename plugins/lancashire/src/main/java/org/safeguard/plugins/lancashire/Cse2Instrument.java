package org.safeguard.plugins.lancashire;

import static org.safeguard.core.api.instrument.FactorOption.of;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.instrument.Factor;
import org.safeguard.core.api.instrument.Instrument;
import org.safeguard.core.api.instrument.InstrumentProvider;

/**
 * The Referral Risk Assessment CSE 2 (SOP Appendix H): eleven factors scored 0–4 and summed,
 * with the bands exactly as printed. The printed form's defects are handled in the open:
 * factors 5, 6 and 9 carry locally written descriptors and say so in their source note, and
 * the stray "Any Domestic Abuse" and health lines are recorded as unscored yes/no questions.
 * The printed HIGH band (45–54) stays, so {@link Instrument#warnings()} reports that eleven
 * factors of 0–4 cannot reach it. Constant data; thread-safe.
 */
@Component(service = InstrumentProvider.class)
public final class Cse2Instrument implements InstrumentProvider {
    static final String ID = "lancashire.cse2";
    /** SOP Appendix H, first rendering by this plugin; bump when any descriptor, weight or band changes. */
    static final String VERSION = "sop-h.1";

    private static final String LOCAL_DEFAULTS = "these descriptors are locally written defaults for the area administrator"
            + " to confirm or replace.";

    private static final Instrument INSTRUMENT = Instrument.builder(ID, VERSION)
            .title("Referral Risk Assessment CSE 2")
            .source("Pan-Lancashire CSE Standard Operating Protocol, Appendix H (Referral Risk Assessment CSE 2)")
            .factor(1, "missing", "Missing",
                    of(0, "No missing episodes."),
                    of(1, "Stays out late, no missing."),
                    of(2, "Occasionally goes missing, prolonged episodes or Occasionally goes missing, short episodes."),
                    of(3, "Frequent and short missing episodes."),
                    of(4, "Frequent and prolonged missing episodes."))
            .factor(2, "education", "Education",
                    of(0, "Engaged in full time education, training or employment"),
                    of(1, "Registered in full time education, irregular attendance or Young person is attending"
                            + " PRU/receiving private tuition (full time equivalent); or Young person is attending"
                            + " college or a training scheme (part time or irregular attendance) or is employed on a"
                            + " part time basis"),
                    of(2, "Young person excluded from school, no provision being made or Young person undertaking"
                            + " some education or training (part time). Poor attendance; or Young person is attending"
                            + " PRU/receiving private tuition (not full time)"),
                    of(3, "Not engaged in full time education, training or employment BUT shows an interest in"
                            + " accessing opportunities."),
                    of(4, "Not engaged in education, training or employment. Shows no interest in accessing"
                            + " educational or training opportunities."))
            .factor(3, "drug-use", "Drug use",
                    of(0, "No concerns."),
                    of(1, "Some concern about use of drugs."),
                    of(2, "Problematic drug use, of concern."),
                    of(3, "Suspected drug use or dependency."),
                    of(4, "Drug use known-disclosure. Appears dependent on drugs."))
            .factor(4, "relationship-with-carers", "Relationship with carers",
                    of(0, "Significant understanding and good communication."),
                    of(1, "Some mutual understanding and positive communication."),
                    of(2, "Some mutual understanding. Poor communication."),
                    of(3, "Poor and negative communication, some warmth."),
                    of(4, "Poor communication, low warmth, attachment or trust."))
            .factor(new Factor(5, "accommodation", "Accommodation", List.of(
                    of(0, "No concerns. Stable and secure accommodation."),
                    of(1, "Some concern about the stability or suitability of accommodation."),
                    of(2, "Accommodation is unstable or unsuitable, e.g. frequent moves or a placement at risk of"
                            + " breaking down."),
                    of(3, "Temporary or insecure accommodation, or often stays overnight at addresses not known to"
                            + " carers."),
                    of(4, "No safe or stable accommodation, e.g. homeless, sofa surfing, or staying at addresses"
                            + " linked to exploitation.")), 1,
                    "The printed form repeats factor 3's drug-use text here; " + LOCAL_DEFAULTS))
            .factor(new Factor(6, "alcohol-use", "Alcohol use", List.of(
                    of(0, "No concerns."),
                    of(1, "Some concern about use of alcohol."),
                    of(2, "Problematic alcohol use, of concern."),
                    of(3, "Suspected alcohol misuse or dependency."),
                    of(4, "Alcohol misuse known (disclosed or seen). Appears dependent on alcohol.")), 1,
                    "The printed form repeats factor 4's relationship-with-carers text here; " + LOCAL_DEFAULTS))
            .factor(7, "risk-to-others", "Risk to others",
                    of(0, "No concerns about placing others at risk."),
                    of(1, "Reduced concerns about influence on other young people"),
                    of(2, "Some concerns raised about influence on other young people."),
                    of(3, "Concerns raised that young person may be exposing other young people to risk"),
                    of(4, "Places other young people at risk."))
            .factor(8, "rights-and-risk-awareness", "Rights and risk awareness (sexual)",
                    of(0, "Asserts own rights, recognises risk and exploitation."),
                    of(1, "Knows rights and risk in self and others."),
                    of(2, "Some sense of own and others' rights."),
                    of(3, "No awareness of own, some sense of others."),
                    of(4, "No awareness or assertion of rights."))
            .factor(new Factor(9, "engagement-with-service", "Engagement with service", List.of(
                    of(0, "Engages well with the service; attends and takes part in planned contact."),
                    of(1, "Mostly engages; misses some planned contact but keeps in touch."),
                    of(2, "Engagement is inconsistent; often misses planned contact."),
                    of(3, "Minimal engagement; rarely attends or responds."),
                    of(4, "No engagement with the service.")), 1,
                    "The printed form has this heading but no scale; " + LOCAL_DEFAULTS))
            .factor(10, "sexual-health-awareness", "Sexual health awareness",
                    of(0, "Good engagement with sexual health issues / no longer at risk"),
                    of(1, "Engaging with sexual health issues / reduced risks to health"),
                    of(2, "Young person is beginning to engage with sexual health issues / decreasing risk to health"),
                    of(3, "Minimal engagement with sexual health issues / health is at risk"),
                    of(4, "No engagement with sexual health issues / health is at high risk"))
            .factor(new Factor(11, "sexual-exploitation", "Sexual exploitation", Cse2Guidance.SEXUAL_EXPLOITATION, 1, ""))
            .supplementary("domestic-abuse", "Any domestic abuse?")
            .supplementary("health-issues", "Are there any physical or emotional health issues?")
            .band(0, 11, "GREEN", "LOW")
            .band(12, 22, "AMBER", "LOW/MEDIUM")
            .band(23, 33, "AMBER", "MEDIUM")
            .band(34, 44, "RED", "MEDIUM/HIGH")
            .band(45, 54, "RED", "HIGH")
            .build();

    public Cse2Instrument() {
        // DS needs a public no-arg constructor; the instrument is constant.
    }

    @Override
    public List<Instrument> instruments() {
        return List.of(INSTRUMENT);
    }
}
