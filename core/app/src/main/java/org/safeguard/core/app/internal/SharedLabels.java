package org.safeguard.core.app.internal;

import java.util.List;
import org.safeguard.core.api.language.Label;

/**
 * The labels every area avoids, whichever protocol it follows: the ones the areas' protocols
 * have in common (child prostitution, prostituting herself or himself, streetwise, choosing to …,
 * consensual, consenting, promiscuous, boyfriend in a CSE context, historic). An area plugin
 * adds its own list, in its protocol's words, with a {@code LabelProvider}.
 */
final class SharedLabels {
    static final String SOURCE = "Safeguard's shared list";
    private static final String DESCRIBE = "say what is happening to the child, e.g. 'is being sexually exploited by', "
            + "'is spending time with older men', 'is being coerced into'";

    static final List<Label> LABELS = List.of(
            Label.of("child prostitute").forms("child|children prostitute|prostitutes|prostitution")
                    .reason("it implies the child chooses to sell themselves for sex; a child is being sexually exploited and abused")
                    .suggestion("a child who is being sexually exploited; child sexual exploitation").source(SOURCE),
            Label.of("prostituting herself/himself").forms("prostituting|prostitutes|prostituted herself|himself|themselves|themself")
                    .reason("it puts the abuse on the child; the child is being exploited by the people who abuse them")
                    .suggestion("is being sexually exploited (by whom, where known)").source(SOURCE),
            Label.of("streetwise").forms("streetwise", "street wise")
                    .reason("it implies the child understands the dangers and can protect themselves, when the child is vulnerable"
                            + " and exposed to situations they cannot control")
                    .suggestion("a very vulnerable child; name the risks the child is exposed to").source(SOURCE),
            Label.of("choosing to …").forms("choose|chooses|choosing|chose|chosen to")
                    .reason("a child who is being exploited is not making free choices: they are subject to coercion, bribery,"
                            + " violence and threats; children cannot choose to be abused")
                    .suggestion(DESCRIBE).source(SOURCE),
            Label.of("consensual").forms("consensual", "consensually")
                    .reason("a child under 16 cannot legally consent, and a child who is being exploited is not in a position"
                            + " to make free choices")
                    .suggestion("describe what happened: 'sexual activity', 'was abused'").source(SOURCE),
            Label.of("consenting")
                    .reason("a child abused by an adult or by a peer in a position of power is not able to consent")
                    .suggestion("describe what happened: 'sexual activity', 'was abused'").source(SOURCE),
            Label.of("promiscuous").forms("promiscuous", "promiscuously", "promiscuity")
                    .reason("it blames the child for the abuse")
                    .suggestion("'is having sex with a number of older men', 'is at risk of, or already being abused through,"
                            + " child sexual exploitation'").source(SOURCE),
            Label.of("boyfriend").forms("boyfriend|boyfriends", "boy friend|friends")
                    .reason("in a CSE situation the child is not in a relationship of equals in which they can make free"
                            + " and developmentally appropriate choices")
                    .suggestion("the person involved, by name or role (an adult male, a person of concern)").source(SOURCE),
            Label.of("historic")
                    .reason("it undermines the victim's experience: they are still living with it")
                    .suggestion("non-recent").source(SOURCE));

    private SharedLabels() {
    }
}
