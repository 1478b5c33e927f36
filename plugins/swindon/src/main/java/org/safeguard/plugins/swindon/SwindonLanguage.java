package org.safeguard.plugins.swindon;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.language.Label;
import org.safeguard.core.api.language.LabelProvider;

/**
 * The labels of the handbook's §8 "Language and Labelling": the five of §8 d with the handbook's
 * own reasons, and one the two "Sally" recordings of §8 b show rewritten (the first calls her "a
 * persistent absconder", the second says "we have been concerned about her going missing").
 * The suggested wordings are the second recording's. The first recording's "promiscuous" and
 * "prostituting herself" are not in §8 d; the core's shared list finds them. Constant data;
 * thread-safe.
 */
@Component(service = LabelProvider.class)
public final class SwindonLanguage implements LabelProvider {
    static final String S8D = "Swindon handbook §8 d";
    static final String S8B = "Swindon handbook §8 b";

    private static final List<Label> LABELS = List.of(
            Label.of("child prostitution").forms("child|children prostitution|prostitute|prostitutes")
                    .reason("this term implies that the child is choosing to sell themselves for sex when we know that is not"
                            + " the reality of their situation")
                    .suggestion("being abused through child sexual exploitation").source(S8D),
            Label.of("street wise").forms("street wise", "streetwise")
                    .reason("this term implies that the child is able to understand the dangers they face and protect themselves"
                            + " whilst missing from home or care when we know the reality of their situation is that they are"
                            + " vulnerable and exposed to situations they cannot control")
                    .suggestion("a very vulnerable child; say what the child is exposed to").source(S8D),
            Label.of("choosing to …").forms("choose|chooses|choosing|chose|chosen to")
                    .reason("in situations of child sexual exploitation the child is not making free choices and we know that"
                            + " they are subject to coercion, bribery, violence and threats in order to enforce compliance;"
                            + " children cannot 'choose' to be abused")
                    .suggestion("say what is happening: 'is spending time with older men', 'is being coerced into'").source(S8D),
            Label.of("consensual sex").forms("consensual sex", "consensual")
                    .reason("it is unlawful for a child under 16 to have sex and they cannot legally consent, and consent implies"
                            + " an understanding of the situation, the risks and an aspect of free choice when in CSE the child is"
                            + " not in a position to make such choices")
                    .suggestion("'is having sex with a number of older men'; say what is known of the abuse").source(S8D),
            Label.of("boyfriend").forms("boyfriend|boyfriends")
                    .reason("in a CSE situation the child is not in a relationship of equals in which they can make free and"
                            + " developmentally appropriate choices about the extent of their sexual activity")
                    .suggestion("the person by who they are: 'an older man', 'the abuser', a person of concern").source(S8D),
            Label.of("absconder").forms("absconder|absconders")
                    .reason("it makes a vulnerable child's going missing sound like wrongdoing; the second recording writes the"
                            + " same fact as a concern")
                    .suggestion("'we have been concerned about her going missing'").source(S8B));

    public SwindonLanguage() {
        // DS needs a public no-arg constructor; the list is constant.
    }

    @Override
    public List<Label> labels() {
        return LABELS;
    }
}
