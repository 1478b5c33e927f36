package org.safeguard.plugins.lancashire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.api.codes.CodeList;
import org.safeguard.core.api.form.FormDefinition;
import org.safeguard.core.api.instrument.Instrument;

class LancashireAreaTest {
    @Test
    void namesOnlyFormsListsAndInstrumentsThePluginOffers() {
        AreaDescriptor area = new LancashireArea().area();
        assertEquals("lancashire", area.id());
        assertEquals("CSE-00004", area.caseReference(4), "cases numbered as the CSE paperwork refers to them");
        List<String> forms = new Cse1ReferralForm().forms().stream().map(FormDefinition::id).toList();
        List<String> instruments = new Cse2Instrument().instruments().stream().map(Instrument::id).toList();
        List<String> lists = new LancashireCodeLists().codeLists().stream().map(CodeList::id).toList();
        assertTrue(forms.contains(area.referralForm().orElseThrow()), area.referralForm().orElseThrow());
        assertTrue(instruments.contains(area.instrument().orElseThrow()), area.instrument().orElseThrow());
        assertTrue(lists.contains(area.ethnicityList().orElseThrow()), area.ethnicityList().orElseThrow());
        assertTrue(lists.contains(area.warningSigns().orElseThrow()), area.warningSigns().orElseThrow());
    }
}
