package org.safeguard.plugins.swindon;

import static org.safeguard.core.api.codes.Code.of;

import java.util.List;
import org.safeguard.core.api.codes.Code;
import org.safeguard.core.api.codes.CodeList;

/**
 * The handbook's own lists: the signs and indicators of §5, the push and pull factors of §6 and
 * the models of exploitation of §3. Where the handbook's words are labels §8 itself warns
 * against, the wording is changed and the meaning kept (docs/areas/swindon.md lists each change).
 */
final class HandbookCodes {
    static final String SIGNS = "swindon.signs";
    static final String PUSH_FACTORS = "swindon.push-factors";
    static final String PULL_FACTORS = "swindon.pull-factors";
    static final String MODELS = "swindon.models";

    private static final String HANDBOOK = SwindonChecklists.HANDBOOK;

    private HandbookCodes() {
    }

    static List<CodeList> all() {
        return List.of(signs(), pushFactors(), pullFactors(), models());
    }

    /** §5: the twenty signs, in the handbook's order; "not exhaustive or definitive". */
    static CodeList signs() {
        return new CodeList(SIGNS, "Signs and indicators", HANDBOOK + ", §5", List.of(
                of("abusive-relationships", "Involved in abusive relationships, intimidated and fearful of certain"
                        + " people or situations"),
                of("sexual-activity", "Sexual activity (under 16s): inappropriate sexual or sexualised behaviour,"
                        + " sexually risky behaviour, 'swapping' sex, repeat sexually transmitted infections, repeat"
                        + " pregnancy, abortions, miscarriage"),
                of("older-groups", "Hanging out with groups of older people, or antisocial groups, or with other"
                        + " vulnerable peers"),
                of("unexplained-gifts", "Receiving unexplained gifts or gifts from unknown sources, having unaffordable"
                        + " new things (clothes, mobile) or expensive habits (alcohol, drugs)"),
                of("multiple-phones", "Having multiple mobile phones and worrying about losing contact via mobile"),
                of("hotels-unusual-locations", "Going to hotels or other unusual locations to meet friends"),
                of("places-of-concern", "Seen at known places of concern such as hotels or known brothels"),
                of("moving-around", "Moving around the country, appearing in new towns or cities, not knowing where"
                        + " they are"),
                of("cars-unknown-adults", "Getting in and out of different cars driven by unknown adults"),
                new Code("older-relationships", "Relationships with older people",
                        "The handbook prints this sign as a label §8 warns against; the meaning is kept", List.of()),
                of("known-perpetrators", "Contact with known perpetrators"),
                of("associating-exploited", "Associating with other children involved in sexual exploitation"),
                of("recruiting", "Being used to recruit other children into exploitative situations"),
                of("education", "Truancy, exclusion, disengagement with school, opting out of education altogether"),
                of("behaviour-changes", "Unexplained changes in behaviour or personality (chaotic, aggressive, sexual),"
                        + " mood swings, volatile behaviour, emotional distress"),
                of("self-harm", "Self-harming, suicidal thoughts, suicide attempts, overdosing, eating disorders"),
                of("drugs-alcohol", "Drug or alcohol misuse"),
                of("police-involvement", "Police involvement, Police records"),
                of("gangs", "Involved in gangs, gang fights, gang membership"),
                of("injuries", "Injuries from physical assault, physical restraint, sexual assault")));
    }

    /**
     * §6 "Push": the handbook prints two lists under that heading, the circumstances abusers look
     * for and the indicators that a child is at risk or particularly vulnerable; both are here, in
     * order.
     */
    static CodeList pushFactors() {
        return new CodeList(PUSH_FACTORS, "Push factors", HANDBOOK + ", §6 (both lists headed \"Push\")", List.of(
                of("abuse-neglect", "Victim of physical abuse, sexual abuse, neglect or emotional abuse"),
                of("domestic-abuse", "From a household where domestic violence and abuse has been a feature"),
                of("parental-vulnerabilities", "Parents with a high level of vulnerabilities (drug or alcohol abuse,"
                        + " mental illness, learning disability, their own history of an abusive childhood)"),
                of("family-breakdown", "Family breakdown, disrupted family life, problematic parenting"),
                of("immigration-status", "Insecure immigration status"),
                of("impairments", "Physical or learning impairments"),
                of("emotional-difficulties", "Emotional difficulties, low self-esteem, estranged family relationships"),
                of("missing", "Going missing: the most immediate indicator of vulnerability to sexual exploitation"),
                of("education-disengagement", "Disengagement from education"),
                of("dependency", "Drug and/or alcohol dependency"),
                of("physical-symptoms", "Physical symptoms: sexually transmitted infections, miscarriage, abortion,"
                        + " bruising or marks indicating physical or sexual assault"),
                of("lack-of-attention", "Has not received appropriate levels of attention from concerned adults"),
                of("risky-adults", "Associating with older men or other 'risky' adults"),
                of("unexplained-activities", "Accounts of social activities with no plausible explanation of the source"
                        + " of the money to fund them"),
                of("unexplained-possessions", "New possessions, money, expensive clothes, drugs or other possessions"
                        + " without plausible explanation of their source"),
                of("alienated", "Alienated from family or community"),
                of("placement-breakdown", "Being in care and having placement breakdown"),
                of("associating-victims", "Associating with other children known to be victims of exploitation"),
                of("offending", "Some kinds of offending behaviour")));
    }

    /** §6 "Pull": the grooming techniques that tap into a child's insecurities or wish for acceptance. */
    static CodeList pullFactors() {
        return new CodeList(PULL_FACTORS, "Pull factors", HANDBOOK + ", §6", List.of(
                of("liked-by-older", "Being liked by someone older"),
                of("stranger-asks-number", "Being liked or fancied enough that a stranger asks for their mobile number"),
                of("special-online", "Meeting someone on the internet who thinks they are special"),
                of("gifts-substances", "Receiving alcohol, drugs, money or gifts"),
                new Code("excitement", "The excitement of forbidden or dangerous situations, used to draw the child in",
                        "The handbook's wording is changed: it describes the abuser's technique, not the child's"
                                + " behaviour", List.of()),
                of("no-rules", "Being offered somewhere to stay where there are no rules or boundaries"),
                of("adult-venues", "Being taken to adult entertainment venues, red light or gay cruising areas (public"
                        + " sex environments)"),
                of("lifts-new-places", "Being given lifts, taken to new places, and having adventures with casual"
                        + " acquaintances")));
    }

    /** §3, from Barnardo's "Puppet on a String": not pure models; a child may fit several at once. */
    static CodeList models() {
        return new CodeList(MODELS, "Models of sexual exploitation", HANDBOOK + ", §3", List.of(
                new Code("inappropriate-relationship", "Inappropriate relationships",
                        "One abuser with inappropriate power (physical, emotional or financial) or control over a child,"
                                + " who may believe it is a genuine friendship or loving relationship; the handbook adds"
                                + " a label §8 warns against to this model's name, left out here",
                        List.of("relationship")),
                of("online", "Online", "The abuser grooms the child by striking up a relationship online, posing as a"
                        + " child of similar age or as an adult, and may move to images, webcam and meeting"),
                new Code("organised-trafficking", "Organised exploitation and trafficking",
                        "Children trafficked through criminal networks, often between towns and cities, and forced or"
                                + " coerced into sex with multiple men; it can involve the buying and selling of"
                                + " children", List.of("organised", "trafficking")),
                of("gangs", "Gangs", "Sexual exploitation used in gangs to exert power and control, initiate, exchange"
                        + " for status or protection, entrap rival gang members, or as a weapon in conflict")));
    }
}
