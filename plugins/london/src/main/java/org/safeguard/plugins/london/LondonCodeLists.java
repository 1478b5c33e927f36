package org.safeguard.plugins.london;

import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.codes.CodeList;
import org.safeguard.core.api.codes.CodeListProvider;

/**
 * Every London code list: ethnicity, police categories 0–3, social care tiers 1–4, the CSE
 * models of §3, the SAFEGUARD warning signs of Appendix A and the vulnerability factors of §5.
 * Constant data; thread-safe.
 */
@Component(service = CodeListProvider.class)
public final class LondonCodeLists implements CodeListProvider {
    private static final List<CodeList> LISTS = build();

    public LondonCodeLists() {
        // DS needs a public no-arg constructor; the lists are constant.
    }

    private static List<CodeList> build() {
        List<CodeList> lists = new ArrayList<>(ReferralCodes.all());
        lists.addAll(ProtocolCodes.all());
        return List.copyOf(lists);
    }

    @Override
    public List<CodeList> codeLists() {
        return LISTS;
    }
}
