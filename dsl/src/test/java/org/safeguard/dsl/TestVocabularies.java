package org.safeguard.dsl;

import org.safeguard.dsl.eval.CaseField;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Vocabularies describing the would-be plugins of the four areas, and file helpers. */
final class TestVocabularies {
  static final Path RESOURCES = Path.of("src", "test", "resources");
  static final Path LANCASHIRE_AREA = Path.of("..", "plugins", "lancashire", "src", "main", "resources", "area",
      "lancashire.area");
  static final Path LONDON_AREA = Path.of("..", "plugins", "london", "src", "main", "resources", "area", "london.area");

  private TestVocabularies() {}

  /** What the Lancashire plugin supplies, as the brief describes it. */
  static Vocabulary lancashire() {
    return lancashireInto(SimpleVocabulary.builder()).build();
  }

  private static SimpleVocabulary.Builder lancashireInto(SimpleVocabulary.Builder b) {
    return b.plugin("lancashire")
        .instrument("lancashire.cse2", List.of("GREEN", "AMBER", "RED"),
            List.of("LOW", "LOW/MEDIUM", "MEDIUM", "MEDIUM/HIGH", "HIGH"), 44)
        .codeList("lancashire.ethnicity", Set.of("W1", "W2", "W9", "M1", "M2", "M3", "M9", "A1", "A2", "A3", "A9",
            "B1", "B2", "B9", "O1", "O9"))
        .codeList("lancashire.safeguard-signs", Set.of("S", "A", "F", "E", "G", "U", "A2", "R", "D"))
        .codeList("lancashire.cse-categories", Set.of("1", "2", "3"))
        .caseField("lancashire", CaseField.plugin("case.category", CaseField.Kind.NUMBER, 1, 3, null, "CSE category, 1 to 3"))
        .templates("agenda", "minutes", "invitation", "referral", "case-notes", "report", "lancashire/case-notes");
  }

  /** All four areas' plugins installed together. */
  static Vocabulary all() {
    return lancashireInto(SimpleVocabulary.builder())
        .plugin("london")
        .caseField("london", CaseField.plugin("case.category", CaseField.Kind.NUMBER, 0, 3, null, "police CSE category, 0 to 3"))
        .caseField("london", CaseField.plugin("case.tier", CaseField.Kind.NUMBER, 1, 4, null, "children's social care tier, 1 to 4"))
        .caseField("london", CaseField.plugin("case.form.mase-info.cris-number", CaseField.Kind.BOOLEAN, 0, 0, null, "CRIS number (recorded)"))
        .caseField("london", CaseField.plugin("case.form.mase-info.child-protection-followed", CaseField.Kind.BOOLEAN, 0, 0, null,
            "child protection procedures followed"))
        .instrument("london.mase-information", List.of(), List.of(), 0)
        .codeList("london.flags", Set.of("ES", "GE", "GA", "LA", "LB", "LC", "EU"))
        .codeList("london.outcomes", Set.of("MI", "FP", "FO", "FQ"))
        .codeList("london.ethnicity", Set.of("W1", "W2", "W9", "M1", "M9", "A1", "A9", "B1", "B9", "O1", "O9"))
        .plugin("stockport")
        .caseField("stockport", CaseField.plugin("case.risk-level", CaseField.Kind.NUMBER, 1, 3, null, "risk level, 1 to 3"))
        .codeList("stockport.indicators", Set.of("sexually-active", "substance-misuse", "truancy", "older-partner"))
        .caseField("stockport", CaseField.plugin(CaseField.referralPath("indicators"), CaseField.Kind.CODE_SET, 0, 0, "indicators",
            "the referral's indicators seen (§5)"))
        .instrument("stockport.sera", List.of(), List.of("LEVEL-1", "LEVEL-2", "LEVEL-3"), 0)
        .instrument("stockport.bichard", List.of(), List.of(), 0)
        .plugin("swindon")
        .codeList("swindon.screening.routes", Set.of("fcp-mash", "strategy-discussion", "lado", "police-or-csc-first", "other-support"))
        .caseField("swindon", CaseField.plugin(CaseField.checklistPath("swindon.screening"), CaseField.Kind.CODE_SET, 0, 0,
            "screening.routes", "Swindon CSE screening: the routes its latest screening on the case proposed"))
        .instrument("swindon.screening", List.of(),
            List.of("OTHER-SUPPORT", "REFER-FCP-MASH", "REFER-LADO", "REFER-AND-STRATEGY-DISCUSSION"), 0)
        .templates("london/volt", "london/profile", "london/agenda", "stockport/safety-plan",
            "swindon/return-interview", "swindon/screening")
        .build();
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Resolves includes relative to a folder. */
  static IncludeResolver folder(Path dir) {
    return name -> {
      Path p = dir.resolve(name).normalize();
      return Files.isRegularFile(p) ? Optional.of(new SourceText(name, read(p))) : Optional.empty();
    };
  }
}
