package org.safeguard.plugins.swindon;

import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.codes.CodeList;
import org.safeguard.core.api.codes.CodeListProvider;

/**
 * Every Swindon code list: ethnicity, the signs and indicators of §5, the push and pull factors
 * of §6 and the models of exploitation of §3. Constant data; thread-safe.
 */
@Component(service = CodeListProvider.class)
public final class SwindonCodeLists implements CodeListProvider {
    private static final List<CodeList> LISTS = build();

    public SwindonCodeLists() {
        // DS needs a public no-arg constructor; the lists are constant.
    }

    private static List<CodeList> build() {
        List<CodeList> lists = new ArrayList<>(ReferralCodes.all());
        lists.addAll(HandbookCodes.all());
        return List.copyOf(lists);
    }

    @Override
    public List<CodeList> codeLists() {
        return LISTS;
    }
}
