package org.safeguard.plugins.lancashire;

import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.codes.CodeList;
import org.safeguard.core.api.codes.CodeListProvider;

/**
 * Every Lancashire code list: the CSE 1 form's lists (ethnicity, looked after and legal
 * status, basis of concern, experience of violence), the SAFEGUARD warning signs, the CSE
 * categories and the §13 outcomes. Constant data; thread-safe.
 */
@Component(service = CodeListProvider.class)
public final class LancashireCodeLists implements CodeListProvider {
    private static final List<CodeList> LISTS = build();

    public LancashireCodeLists() {
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
