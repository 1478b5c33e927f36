package org.safeguard.plugins.lancashire;

import static org.safeguard.core.api.codes.Code.of;

import java.util.List;
import org.safeguard.core.api.codes.Code;
import org.safeguard.core.api.codes.CodeList;

/** The SOP's own lists: SAFEGUARD warning signs, CSE categories and the outcomes framework. */
final class ProtocolCodes {
    static final String SAFEGUARD_SIGNS = "lancashire.safeguard-signs";
    static final String CSE_CATEGORIES = "lancashire.cse-categories";
    static final String CHILD_OUTCOMES = "lancashire.child-outcomes";
    static final String JUSTICE_OUTCOMES = "lancashire.justice-outcomes";

    private static final String SOP = "Pan-Lancashire CSE Standard Operating Protocol";

    private ProtocolCodes() {
    }

    static List<CodeList> all() {
        return List.of(safeguardSigns(), cseCategories(), childOutcomes(), justiceOutcomes());
    }

    /** Appendix A; one code per letter of the mnemonic, with the source's description. */
    static CodeList safeguardSigns() {
        return new CodeList(SAFEGUARD_SIGNS, "SAFEGUARD warning signs", SOP + ", Appendix A (CSE Warning Signs)", List.of(
                of("sexual-health", "Sexual health and behaviour",
                        "Evidence of sexually transmitted infections, pregnancy and termination; inappropriate"
                                + " sexualised behaviour"),
                of("absent-or-missing", "Absent from school or repeatedly running away",
                        "Evidence of truancy or periods of being missing from home or care"),
                of("familial-abuse", "Familial abuse and/or problems at home",
                        "Familial sexual abuse, physical abuse, emotional abuse, neglect, as well as risk of forced"
                                + " marriage or honour-based violence; domestic violence; substance misuse; parental"
                                + " mental health concerns; parental criminality; experience of homelessness; living in"
                                + " a care home or temporary accommodation"),
                of("emotional-physical", "Emotional and physical condition",
                        "Thoughts of, or attempted, suicide or self-harming; low self-esteem or self-confidence;"
                                + " problems relating to sexual orientation; learning difficulties or poor mental health;"
                                + " unexplained injuries or changes in physical appearance"),
                of("gangs-older-crime", "Gangs, older age groups and involvement in crime",
                        "Involvement in crime; direct involvement with gang members or living in a gang-afflicted"
                                + " community; involvement with older individuals or lacking friends from the same age"
                                + " group; contact with other individuals who are sexually exploited"),
                of("technology", "Use of technology and sexual bullying",
                        "Evidence of 'sexting', sexualised communication on-line or problematic use of the internet"
                                + " and social networking sites"),
                of("alcohol-drugs", "Alcohol and drug misuse", "Problematic substance use"),
                of("gifts-money", "Receipt of unexplained gifts or money",
                        "Unexplained finances, including phone credit, clothes and money"),
                of("distrust", "Distrust of authority figures",
                        "Resistance to communicating with parents, carers, teachers, social services, health, police"
                                + " and others")));
    }

    /** Category 1 is the SOP's text; the SOP lost categories 2 and 3, which come from London §5. */
    static CodeList cseCategories() {
        return new CodeList(CSE_CATEGORIES, "CSE categories",
                SOP + ", Appendix B (category 1); London CSE Operating Protocol, 3rd edition, §5 (categories 2 and 3)",
                List.of(
                        new Code("1", "Category 1",
                                "A vulnerable child or young person, where there are concerns they are being targeted"
                                        + " and groomed and where any vulnerability factors have been identified."
                                        + " However, at this stage there is no evidence of any offences.",
                                List.of("category 1")),
                        new Code("2", "Category 2",
                                "Evidence a child or young person is being targeted for opportunistic abuse through"
                                        + " the exchange of sex for drugs, perceived affection, sense of belonging,"
                                        + " accommodation (overnight stays), money and goods etc. This includes being"
                                        + " sexually exploited through the use of technology without receiving any"
                                        + " reward, i.e. the exchange of indecent images online. The likelihood of"
                                        + " coercion and control is significant.",
                                List.of("category 2")),
                        new Code("3", "Category 3",
                                "A child or young person whose sexual exploitation is habitual, often self-denied and"
                                        + " where coercion/control is implicit. This is often carried out by multiple"
                                        + " perpetrators.",
                                List.of("category 3"))));
    }

    /** §13, long-term outcomes for children and young people (Barnardo's outcome framework). */
    static CodeList childOutcomes() {
        return new CodeList(CHILD_OUTCOMES, "Long-term outcomes for children and young people",
                SOP + ", §13 Outcomes Framework (Barnardo's long-term outcomes)", List.of(
                        of("reducing-missing", "Reducing episodes of going missing"),
                        of("school-attendance", "Improving school attendance"),
                        of("reducing-alcohol-drugs", "Reducing alcohol and drug consumption"),
                        of("carer-relationships", "Enhancing relationships with parent/carer"),
                        of("stable-accommodation", "Providing stable and secure accommodation"),
                        of("recognising-abuse", "Assisting the child to recognize abusive / exploitative behaviour"),
                        of("contact-with-service", "Encouraging the child to remain in regular contact with the service"),
                        of("sexual-health-knowledge", "Improving knowledge of sexual health strategies"),
                        of("reducing-risky-association", "Reducing association with risky peers/adults"),
                        of("expressing-feelings", "Improving ability to express feelings"),
                        of("safety-strategies", "Improving knowledge of safety strategies"),
                        of("family-support", "Providing the family with access to support services"),
                        of("rights-awareness", "Ensuring child becomes aware of own rights and those of others")));
    }

    /** §13, criminal justice outcomes. */
    static CodeList justiceOutcomes() {
        return new CodeList(JUSTICE_OUTCOMES, "Criminal justice outcomes",
                SOP + ", §13 Outcomes Framework (criminal justice outcomes)", List.of(
                        of("intervention", "Interventions delivered to safeguard vulnerable children"),
                        of("arrest", "Arrest of individuals involved in CSE"),
                        of("charge", "Charging of offenders for CSE related offences"),
                        of("conviction", "Convictions of offenders for CSE related offences"),
                        of("disruption", "Identification and disruption of individuals and organised criminal"
                                + " groups/gangs (OCG) engaged in CSE")));
    }
}
