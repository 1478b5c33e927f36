package org.safeguard.core.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Fictional children's names in the scripts an English panel records, and agendas that carry them. */
final class Names {
    /** One name per script: Latin Extended (Polish, Romanian), Cyrillic, Arabic, Devanagari, Bengali, Gurmukhi, Gujarati, Chinese. */
    static final List<String> EVERY_SCRIPT = List.of("Łucja Wójcik", "Ștefan Dumitrescu", "Ольга Петрова", "فاطمة الزهراء",
            "अनन्या शर्मा", "সুমাইয়া আক্তার", "ਹਰਪ੍ਰੀਤ ਕੌਰ", "જાનવી પટેલ", "王秀英");

    /** Names inside Latin-1, which the PDF base fonts already covered. */
    static final List<String> LATIN_ONLY = List.of("Alex Sample", "Siobhán Ó Súilleabháin", "Chloé Dubois", "Jordan Smith");

    private Names() {
    }

    /** An agenda of {@code cases} cases, each case's notes naming one of {@code names} in turn (bold and plain). */
    static Map<String, Object> agenda(int cases, List<String> names) {
        Map<String, Object> view = Views.agenda(cases, null);
        List<Object> parts = new ArrayList<>();
        for (Object p : (List<?>) view.get("parts")) {
            Views.Part part = (Views.Part) p;
            List<Views.Section> sections = new ArrayList<>();
            for (Views.Section s : part.sections()) {
                List<Object> items = new ArrayList<>();
                for (Object i : s.items()) {
                    Views.AgendaItem item = (Views.AgendaItem) i;
                    List<Views.AgendaCase> named = new ArrayList<>();
                    for (Views.AgendaCase c : item.cases()) {
                        String name = names.get(named.size() % names.size());
                        named.add(new Views.AgendaCase(c.reference(), c.band(), c.lead(), c.summary(),
                                Markup.trusted("<h3>" + name + "</h3><p>Child: " + name + "</p>")));
                    }
                    items.add(new Views.AgendaItem(item.number(), item.title(), item.note(), named, item.actions()));
                }
                sections.add(new Views.Section(s.title(), items));
            }
            parts.add(new Views.Part(part.label(), part.title(), part.confidential(), part.leaving(), sections));
        }
        view.put("parts", parts);
        return view;
    }
}
