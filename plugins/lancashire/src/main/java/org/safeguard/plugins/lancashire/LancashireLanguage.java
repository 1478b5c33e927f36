package org.safeguard.plugins.lancashire;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.language.Label;
import org.safeguard.core.api.language.LabelProvider;

/**
 * The labels of the SOP's §14 (Communication, "Tone"): "Authorities have previously referred to
 * victims as 'promiscuous', 'prostitutes' or 'consenting', which is completely unacceptable", and
 * "historic", for which "a more appropriate word to use is 'Non-recent'". Constant data;
 * thread-safe.
 */
@Component(service = LabelProvider.class)
public final class LancashireLanguage implements LabelProvider {
    static final String S14 = "Pan-Lancashire CSE SOP §14";
    private static final String UNACCEPTABLE = "authorities have previously referred to victims as 'promiscuous', 'prostitutes'"
            + " or 'consenting', which is completely unacceptable";

    private static final List<Label> LABELS = List.of(
            Label.of("promiscuous").forms("promiscuous", "promiscuously", "promiscuity")
                    .reason(UNACCEPTABLE)
                    .suggestion("say what is happening to the child: they are being sexually exploited").source(S14),
            Label.of("prostitutes").forms("prostitute|prostitutes")
                    .reason(UNACCEPTABLE)
                    .suggestion("a child who is being sexually exploited; a victim of child sexual exploitation").source(S14),
            Label.of("consenting")
                    .reason(UNACCEPTABLE + ": a child abused by an adult or a peer in a position of power is not able to consent")
                    .suggestion("say what happened: the child was abused").source(S14),
            Label.of("historic")
                    .reason("the term has been seen to undermine the victim's experience: remember they are still living with it")
                    .suggestion("non-recent").source(S14));

    public LancashireLanguage() {
        // DS needs a public no-arg constructor; the list is constant.
    }

    @Override
    public List<Label> labels() {
        return LABELS;
    }
}
