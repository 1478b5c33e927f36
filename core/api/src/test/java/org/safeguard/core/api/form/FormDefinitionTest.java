package org.safeguard.core.api.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.codes.Code;
import org.safeguard.core.api.codes.CodeList;

class FormDefinitionTest {
    static final CodeList COLOURS = new CodeList("t.colours", "Colours", "", List.of(
            Code.of("R", "Red"), new Code("G", "Green", "", List.of("GR")), Code.of("B", "Blue")));

    static final FormDefinition FORM = new FormDefinition("t.form", "1", "Test form", "", List.of(FormSection.of("Only",
            FieldDefinition.text("name", "Name", true, CoreField.FAMILY_NAME),
            FieldDefinition.date("born", "Born", false, CoreField.DATE_OF_BIRTH),
            FieldDefinition.yesNo("aware", "Aware", false, null),
            FieldDefinition.code("colour", "Colour", false, "t.colours", null),
            FieldDefinition.codes("colours", "Colours", false, "t.colours", null),
            FieldDefinition.group("people", "People", null, FieldDefinition.text("who", "Who", true, null)))));

    static Map<String, Object> validate(Map<String, ?> values) {
        return FORM.validate(values, id -> id.equals("t.colours") ? Optional.of(COLOURS) : Optional.empty());
    }

    @Test
    void normalisesDatesYesNoAndCodesIncludingAliases() {
        Map<String, Object> v = validate(Map.of("name", " Example ", "born", "03/04/2011", "aware", "Yes", "colour", "gr",
                "colours", "r, b, R", "people", List.of(Map.of("who", "A. Worker"))));
        assertEquals("Example", v.get("name"));
        assertEquals("2011-04-03", v.get("born"));
        assertEquals(true, v.get("aware"));
        assertEquals("G", v.get("colour"));
        assertEquals(List.of("R", "B"), v.get("colours"));
    }

    @Test
    void reportsEveryProblemWithTheFieldAndASuggestion() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> validate(Map.of(
                "born", "31/02/2011", "colour", "Rd", "nme", "x", "people", List.of(Map.of()))));
        String all = e.problems().toString();
        assertTrue(all.contains("name: is required"), all);
        assertTrue(all.contains("'31/02/2011' is not a date"), all);
        assertTrue(e.problems().stream().anyMatch(p -> p.subject().equals("colour") && "R".equals(p.suggestion())), all);
        assertTrue(e.problems().stream().anyMatch(p -> p.subject().equals("nme") && "name".equals(p.suggestion())), all);
        assertTrue(all.contains("people[1].who: is required"), all);
    }
}
