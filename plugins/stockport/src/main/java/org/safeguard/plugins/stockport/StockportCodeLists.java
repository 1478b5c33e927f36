package org.safeguard.plugins.stockport;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.safeguard.core.api.codes.CodeList;
import org.safeguard.core.api.codes.CodeListProvider;

/** Every Stockport code list: risk levels 1 to 3, the indicators of §5, ethnicity. Constant data; thread-safe. */
@Component(service = CodeListProvider.class)
public final class StockportCodeLists implements CodeListProvider {
    private static final List<CodeList> LISTS = StockportCodes.all();

    public StockportCodeLists() {
        // DS needs a public no-arg constructor; the lists are constant.
    }

    @Override
    public List<CodeList> codeLists() {
        return LISTS;
    }
}
