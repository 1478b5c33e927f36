package org.safeguard.plugins.london;

import static org.safeguard.core.api.codes.Code.of;

import java.util.List;
import org.safeguard.core.api.codes.Code;
import org.safeguard.core.api.codes.CodeList;

/** The protocol's own lists: police categories, social care tiers, CSE models, SAFEGUARD signs, vulnerability factors. */
final class ProtocolCodes {
    static final String POLICE_CATEGORY = "london.police-category";
    static final String CSC_TIER = "london.csc-tier";
    static final String CSE_MODELS = "london.cse-models";
    static final String SAFEGUARD_SIGNS = "london.safeguard-signs";
    static final String VULNERABILITY_FACTORS = "london.vulnerability-factors";

    static final String PROTOCOL = "London CSE Operating Protocol, 3rd edition (2017)";

    private ProtocolCodes() {
    }

    static List<CodeList> all() {
        return List.of(policeCategory(), cscTier(), cseModels(), safeguardSigns(), vulnerabilityFactors());
    }

    /** The category describes the kind of indicators seen, not the risk to the child (§5). */
    static CodeList policeCategory() {
        return new CodeList(POLICE_CATEGORY, "Police category levels",
                PROTOCOL + ", §5 and Appendix D (categories 1 to 3); Appendix F, MASE information form (0)", List.of(
                new Code("0", "Vulnerable child/young person",
                        "Below category 1: the MASE information form's assessment of a vulnerable child or young"
                                + " person (Appendix F)", List.of("category 0", "vulnerable")),
                new Code("1", "Category 1",
                        "A vulnerable child or young person, where there are concerns they are being targeted and"
                                + " groomed, and where any of the CSE warning signs have been identified. However, at"
                                + " this stage there is no evidence of any offences.", List.of("category 1")),
                new Code("2", "Category 2",
                        "Evidence a child or young person is being targeted for opportunistic abuse through the"
                                + " exchange of sex for drugs, perceived affection, sense of belonging, accommodation"
                                + " (overnight stays), money and goods etc. This includes being sexually exploited"
                                + " through the use of technology without receiving any reward, i.e. the exchange of"
                                + " indecent images online. The likelihood of coercion and control is significant.",
                        List.of("category 2")),
                new Code("3", "Category 3",
                        "A child or young person whose sexual exploitation is habitual, often self-denied and where"
                                + " coercion/control is implicit. This is often carried out by multiple perpetrators.",
                        List.of("category 3"))));
    }

    /** Children's social care assessment of need, from the London Child Protection Procedures (§5). */
    static CodeList cscTier() {
        return new CodeList(CSC_TIER, "Children's social care tiers of need", PROTOCOL + ", §5", List.of(
                new Code("1", "Tier 1", "Children with no additional needs whose health and development needs can"
                        + " be met by universal services.", List.of("tier 1")),
                new Code("2", "Tier 2", "Children with additional needs that can be met through the provisions of"
                        + " 'early help': a referral to CSC is not required.", List.of("tier 2")),
                new Code("3", "Tier 3", "Children with complex needs who need statutory and specialist services."
                        + " A referral to CSC is required.", List.of("tier 3")),
                new Code("4", "Tier 4", "Children in acute need. Require immediate referral to CSC and/or the"
                        + " police.", List.of("tier 4"))));
    }

    /** §3, in the protocol's order; the MASE information form records a primary, secondary and third. */
    static CodeList cseModels() {
        return new CodeList(CSE_MODELS, "Types of child sexual exploitation (CSE models)", PROTOCOL + ", §3", List.of(
                of("peer-on-peer", "Peer-on-peer exploitation",
                        "Sexual exploitation by people of a similar age; a power imbalance still informs the"
                                + " relationship, though not necessarily from an age gap"),
                of("relationship", "Relationship model",
                        "The offender befriends and grooms a young person into a 'relationship' and then coerces or"
                                + " forces them to have sex with friends or associates"),
                of("online", "Online CSE",
                        "Offences online, such as deceiving children into producing indecent images of themselves,"
                                + " sexual chat or sexual activity over a webcam"),
                of("gangs-and-groups", "Gangs and groups",
                        "Sexual exploitation within and by gangs, or by groups who come together in person or online"
                                + " to sexually exploit children"),
                of("county-lines", "County lines",
                        "Criminal gangs travelling to smaller locations to sell drugs, where children are also"
                                + " sexually exploited"),
                new Code("organised", "Organised/networked sexual exploitation or trafficking",
                        "Young people passed through networks, possibly over distances, and forced or coerced into"
                                + " sexual activity with multiple people; includes trafficking",
                        List.of("networked", "trafficking")),
                of("familial", "Familial",
                        "Exploitation by parents or other family members, or abuse they arrange, control or"
                                + " facilitate"),
                of("opportunistic", "Opportunistic",
                        "Exploitation that occurs quickly without any form of grooming, often a 'reward' or payment"
                                + " offered in exchange for sexual acts")));
    }

    /**
     * Appendix A, London's wording of the nine headings. Under "Gangs, groups, age gaps and crime"
     * the printed "older 'boyfriends'" reads "relationships with older people" (language rule).
     */
    static CodeList safeguardSigns() {
        return new CodeList(SAFEGUARD_SIGNS, "SAFEGUARD warning signs", PROTOCOL + ", Appendix A", List.of(
                of("sexual-identity", "Sexual identity, wellbeing and choice",
                        "Sexually transmitted infections (particularly repeat infections); pregnancy; terminations;"
                                + " changing or out of character sexual behaviour; exploring sexual relationships in an"
                                + " unsafe context or environment; unable to disclose sexual orientation and fearful of"
                                + " societal responses."),
                of("absence-missing", "Absence, truancy and going missing",
                        "Truancy from school, including during the school day; missing from home or care, and repeat"
                                + " incidents; travelling outside borough/town when missing; unexplained absences."),
                of("family-home", "Family and home",
                        "Sexual, physical, emotional abuse and neglect; risks of forced marriage or so called honour"
                                + " based violence; female genital mutilation; domestic violence; substance misuse;"
                                + " parental mental health concerns; bereavement; parental and sibling criminality;"
                                + " experiences of homelessness or sofa surfing; living in care or temporary"
                                + " accommodation; immigration status."),
                of("emotional-physical", "Emotional and physical health",
                        "Suicidal thoughts, plans and attempts; self-harm; low self-esteem/confidence/worth; learning"
                                + " difficulties; changing emotional wellbeing and signs of poor mental health;"
                                + " unexplained injuries and changes in physical appearance."),
                of("gangs-groups", "Gangs, groups, age gaps and crime",
                        "Involvement in gangs or gang affected family, peers or siblings; concerns of abusive peer"
                                + " groups; involvement with older individuals or groups, lacking friends in the same"
                                + " age groups; relationships with older people; sudden changes in peer groups;"
                                + " bullying, both on and off line; friends of young people experiencing CSE."),
                of("technology", "Use of technology and sexual bullying",
                        "Sexting, both sending and receiving; being listed on social network pages in relation to"
                                + " sexual activity and, or named in videos; secretive use of the internet/phones/social"
                                + " networking sites; sudden behaviour changes when using the phone or internet; control"
                                + " via phone or internet; multiple or secretive social networking profiles."),
                of("alcohol-substances", "Alcohol and substances",
                        "Reliance on and changing use of substances, both legal and illegal."),
                of("gifts-money", "Receipt of unexplained gifts or money",
                        "Unexplained money, mobile phones; phone credit, items, clothes, money; new nails; travel in"
                                + " taxis; gifts where payment is required at a later date; worries about having debts."),
                of("distrust", "Distrust of authority figures",
                        "Resistance to communicating with parents, carers, teachers, social services, health, police"
                                + " and others.")));
    }

    /** §5, the fifteen factors that can make a young person more vulnerable to exploitation. */
    static CodeList vulnerabilityFactors() {
        return new CodeList(VULNERABILITY_FACTORS, "Vulnerability factors", PROTOCOL + ", §5", List.of(
                of("prior-abuse", "Prior experience of neglect, physical and/or sexual abuse"),
                of("unstable-home", "Lack of a safe/stable home environment, now or in the past",
                        "e.g. domestic violence or parental substance misuse, mental health issues or criminality"),
                of("bereavement", "Recent bereavement or loss"),
                of("isolation", "Social isolation or social difficulties"),
                of("no-safe-sexuality", "Absence of a safe environment to explore sexuality"),
                of("economic", "Economic vulnerability"),
                of("missing", "Missing from home or care"),
                of("gang-association", "Gang association"),
                of("drugs-alcohol", "Dependent on drugs and alcohol"),
                of("homelessness", "Homelessness or insecure accommodation status"),
                of("exploited-peers", "Connections with other children and young people who are being sexually exploited"),
                of("adult-sex-work", "Family members or other connections involved in adult sex work"),
                of("disability", "Having a physical or learning disability"),
                of("in-care", "Being in care",
                        "Particularly those in residential care and those with interrupted care histories"),
                of("lgbt", "Lesbian, gay, bisexual, transgender, or gender identity differs from the sex given at birth")));
    }
}
