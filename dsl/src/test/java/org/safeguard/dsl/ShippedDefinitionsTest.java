package org.safeguard.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguard.dsl.model.AreaDefinition;

/** The four areas' definitions check clean, and read back the same from their canonical text. */
class ShippedDefinitionsTest {

  static Stream<Arguments> definitions() {
    Path examples = TestVocabularies.RESOURCES.resolve("examples");
    return Stream.of(
        Arguments.of(TestVocabularies.LANCASHIRE_AREA, TestVocabularies.lancashire()),
        Arguments.of(TestVocabularies.LONDON_AREA, TestVocabularies.all()),
        Arguments.of(examples.resolve("london.area"), TestVocabularies.all()),
        Arguments.of(examples.resolve("stockport.area"), TestVocabularies.all()),
        Arguments.of(examples.resolve("swindon.area"), TestVocabularies.all()));
  }

  @ParameterizedTest
  @MethodSource("definitions")
  void checksCleanAgainstItsPluginsVocabulary(Path file, Vocabulary vocabulary) {
    CheckResult r = AreaLanguage.check(file.getFileName().toString(), TestVocabularies.read(file), vocabulary,
        TestVocabularies.folder(file.getParent()));
    assertEquals("", r.format(), "diagnostics");
    assertTrue(r.definition().isPresent());
  }

  @ParameterizedTest
  @MethodSource("definitions")
  void canonicalTextChecksCleanAndDescribesTheSameDefinition(Path file, Vocabulary vocabulary) {
    AreaDefinition first = AreaLanguage.check(file.getFileName().toString(), TestVocabularies.read(file), vocabulary,
        TestVocabularies.folder(file.getParent())).definition().orElseThrow();
    String canonical = AreaLanguage.print(first);
    CheckResult again = AreaLanguage.check("canonical.area", canonical, vocabulary, IncludeResolver.none());
    assertEquals("", again.format(), canonical);
    assertEquals(canonical, AreaLanguage.print(again.definition().orElseThrow()));
  }

  @Test
  void lancashireDefinitionHasTheSopMeetingsAndQuorum() {
    AreaDefinition d = AreaLanguage.check("lancashire.area", TestVocabularies.read(TestVocabularies.LANCASHIRE_AREA),
        TestVocabularies.lancashire(), IncludeResolver.none()).definition().orElseThrow();
    assertEquals("lancashire", d.id());
    var meeting = d.meeting("multi-agency-cse").orElseThrow();
    assertEquals(4, meeting.quorum().orElseThrow().agencies());
    assertEquals(7, meeting.agendaSentBefore().orElseThrow().amount());
    assertEquals(7, meeting.minutesDueAfter().orElseThrow().amount());
    assertTrue(meeting.confidentialityNotice().isPresent());
    assertTrue(d.meeting("steering-group").isPresent());
    assertEquals(12, d.agencies().size());
    assertFalse(d.templates().isEmpty());
  }
}
