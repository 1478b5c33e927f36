package org.safeguard.dsl.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.dsl.AreaLanguage;
import org.safeguard.dsl.CheckResult;
import org.safeguard.dsl.IncludeResolver;
import org.safeguard.dsl.SimpleVocabulary;
import org.safeguard.dsl.Vocabulary;
import org.safeguard.dsl.model.AgendaEntry;
import org.safeguard.dsl.model.AreaDefinition;
import org.safeguard.dsl.model.Rule;

class EvaluatorTest {
  /** A plugin's field: the language knows case.category only from the plugin that feeds it. */
  private static final CaseField CATEGORY = CaseField.plugin("case.category", CaseField.Kind.NUMBER, 0, 3, null, "police CSE category");
  private static final Vocabulary VOCABULARY = SimpleVocabulary.builder()
      .plugin("lancashire")
      .caseField("lancashire", CATEGORY)
      .instrument("lancashire.cse2", List.of("GREEN", "AMBER", "RED"),
          List.of("LOW", "LOW/MEDIUM", "MEDIUM", "MEDIUM/HIGH", "HIGH"), 44)
      .codeList("lancashire.ethnicity", Set.of("W1", "W2", "O1"))
      .codeList("lancashire.flags", Set.of("ES", "LC"))
      .templates("agenda")
      .build();

  private static final String AREA = """
      area t "Test" uses lancashire
        calendar england-and-wales
          holiday 2025-04-22 "Local closure"
      role coordinator "Coordinator"
      deadline strategy-meeting within 10 days of referral met by meeting panel held with the case or decision no-strategy-meeting
      deadline assessment within 7 working days of referral met by final assessment lancashire.cse2
      deadline return-interview within 72 hours of return met by return interview
      meeting panel "Panel"
        item "Red cases" for each case with band RED
        item "On panel" for each case on panel
      rule repeat-missing "Repeat missing"
        when case.category >= 2 and missing episodes in last 30 days >= 3
        then notify coordinator
      rule amber "AMBER or above"
        when case.band of lancashire.cse2 >= AMBER
        then notify coordinator
      rule young "Under 13 and looked after"
        when child.age < 13 and child.looked-after and not case.flags has LC
        then notify coordinator
      rule late "Strategy meeting late"
        when deadline strategy-meeting passed or deadlines passed >= 2
        then notify coordinator
      rule long-open "Open a long time"
        when time since referral.received > 3 months and case.status = open and child.ethnicity != O1
        then notify coordinator
      """;

  private final AreaDefinition definition = check();
  private final Evaluator evaluator = new Evaluator(definition, VOCABULARY);

  private static AreaDefinition check() {
    CheckResult r = AreaLanguage.check("t.area", AREA, VOCABULARY, IncludeResolver.none());
    assertEquals("", r.format());
    return r.definition().orElseThrow();
  }

  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE).toInstant();
  }

  private boolean holds(String ruleId, CaseFacts facts) {
    Rule rule = definition.rule(ruleId).orElseThrow();
    return evaluator.test(rule.when(), facts);
  }

  @Test
  void repeatMissingCountsOnlyEpisodesInTheWindow() {
    CaseSnapshot.Builder b = CaseSnapshot.at(at("2025-06-30T12:00")).set(CATEGORY, 2L)
        .missing(at("2025-06-02T20:00"), at("2025-06-03T09:00"))
        .missing(at("2025-06-20T20:00"), at("2025-06-21T09:00"));
    assertFalse(holds("repeat-missing", b.build()));
    b.missing(at("2025-05-01T20:00"), at("2025-05-02T09:00"));
    assertFalse(holds("repeat-missing", b.build()), "an episode outside the 30 days does not count");
    b.missing(at("2025-06-29T23:00"), null);
    assertTrue(holds("repeat-missing", b.build()));
    CaseSnapshot lowCategory = CaseSnapshot.at(at("2025-06-30T12:00")).set(CATEGORY, 1L)
        .missing(at("2025-06-02T20:00"), null).missing(at("2025-06-03T20:00"), null)
        .missing(at("2025-06-04T20:00"), null).build();
    assertFalse(holds("repeat-missing", lowCategory));
  }

  @Test
  void bandsCompareInTheInstrumentsOrderAndUseTheLatestFinalAssessment() {
    Instant now = at("2025-06-30T12:00");
    assertFalse(holds("amber", CaseSnapshot.at(now).build()), "no assessment, no band");
    assertTrue(holds("amber", CaseSnapshot.at(now).assessment("lancashire.cse2", at("2025-06-01T10:00"), "AMBER", "MEDIUM", 25).build()));
    assertTrue(holds("amber", CaseSnapshot.at(now).assessment("lancashire.cse2", at("2025-06-01T10:00"), "RED", "MEDIUM/HIGH", 36).build()));
    CaseSnapshot improved = CaseSnapshot.at(now)
        .assessment("lancashire.cse2", at("2025-05-01T10:00"), "RED", "MEDIUM/HIGH", 36)
        .assessment("lancashire.cse2", at("2025-06-01T10:00"), "GREEN", "LOW", 8).build();
    assertFalse(holds("amber", improved), "the latest assessment counts");
  }

  @Test
  void ageIsDerivedFromDateOfBirthAndFlagsAreTestedWithHas() {
    Instant now = at("2025-06-30T12:00");
    CaseSnapshot twelve = CaseSnapshot.at(now).set("child.date-of-birth", LocalDate.of(2012, 7, 1))
        .set("child.looked-after", true).set("case.flags", Set.of("ES")).build();
    assertTrue(holds("young", twelve));
    CaseSnapshot thirteen = CaseSnapshot.at(now).set("child.date-of-birth", LocalDate.of(2012, 6, 30))
        .set("child.looked-after", true).build();
    assertFalse(holds("young", thirteen), "13 on the day of evaluation");
    CaseSnapshot flagged = CaseSnapshot.at(now).set("child.date-of-birth", LocalDate.of(2015, 1, 1))
        .set("child.looked-after", true).set("case.flags", Set.of("LC")).build();
    assertFalse(holds("young", flagged));
    assertFalse(holds("young", CaseSnapshot.at(now).set("child.looked-after", true).build()), "unknown age is false");
  }

  @Test
  void deadlinesUseTheAreaCalendarAndStopWhenMet() {
    var assessment = definition.deadline("assessment").orElseThrow();
    // Referral Thursday 17 April 2025: Good Friday, Easter Monday and the local closure on the
    // 22nd are skipped: 23, 24, 25, 28, 29, 30 April, 1 May -> due by the end of 1 May.
    CaseSnapshot referred = CaseSnapshot.at(at("2025-05-01T23:59")).set("referral.received", at("2025-04-17T15:30")).build();
    assertEquals(at("2025-05-02T00:00"), evaluator.due(assessment, referred).orElseThrow());
    assertFalse(evaluator.passed(assessment, referred));
    CaseSnapshot later = CaseSnapshot.at(at("2025-05-02T00:00")).set("referral.received", at("2025-04-17T15:30")).build();
    assertTrue(evaluator.passed(assessment, later));
    CaseSnapshot met = CaseSnapshot.at(at("2025-05-02T00:00")).set("referral.received", at("2025-04-17T15:30"))
        .met("assessment", at("2025-04-30T10:00")).build();
    assertFalse(evaluator.passed(assessment, met));
  }

  @Test
  void aDeadlineIsMetByTheFirstEvidenceItNamesFromItsEventOnAndByTheTimeOfEvaluation() {
    var strategy = definition.deadline("strategy-meeting").orElseThrow();
    var assessment = definition.deadline("assessment").orElseThrow();
    Instant referral = at("2025-03-03T00:00");
    // a panel meeting before the referral, another kind of decision, an earlier assessment: none counts
    CaseSnapshot before = CaseSnapshot.at(at("2025-03-20T12:00")).set("referral.received", referral)
        .meetingHeld("panel", at("2025-03-01T10:00")).decision("share", at("2025-03-04T00:00"))
        .assessment("lancashire.cse2", at("2025-03-02T09:00"), "RED", "HIGH", 30).build();
    DeadlineStatus s = evaluator.status(strategy, before);
    assertEquals(DeadlineStatus.State.OVERDUE, s.state());
    assertEquals(at("2025-03-13T00:00"), s.due().orElseThrow());
    assertEquals(java.time.LocalDate.of(2025, 3, 12), s.dueDate().orElseThrow(), "the last day allowed is the day before midnight");
    assertEquals(DeadlineStatus.State.OVERDUE, evaluator.status(assessment, before).state());

    CaseSnapshot done = CaseSnapshot.at(at("2025-03-20T12:00")).set("referral.received", referral)
        .meetingHeld("panel", at("2025-03-10T10:00")).decision("no-strategy-meeting", at("2025-03-05T00:00"))
        .assessment("lancashire.cse2", at("2025-03-14T09:00"), "RED", "HIGH", 30).build();
    DeadlineStatus met = evaluator.status(strategy, done);
    assertEquals(DeadlineStatus.State.MET, met.state());
    assertEquals(at("2025-03-05T00:00"), met.met().orElseThrow(), "the first of the evidence named, the decision");
    DeadlineStatus late = evaluator.status(assessment, done);
    assertEquals(DeadlineStatus.State.MET, late.state());
    assertTrue(late.metLate(), "the assessment came after the seventh working day");
    assertFalse(holds("late", done));

    // evaluated as of a time before the evidence, it is not met yet
    CaseSnapshot asOf = CaseSnapshot.at(at("2025-03-12T12:00")).set("referral.received", referral)
        .assessment("lancashire.cse2", at("2025-03-14T09:00"), "RED", "HIGH", 30).build();
    assertEquals(DeadlineStatus.State.OPEN, evaluator.status(assessment, asOf).state());
  }

  @Test
  void aReturnInterviewMeetsItsDeadlineWhenHeldOrWhenNoneWasNeeded() {
    var deadline = definition.deadline("return-interview").orElseThrow();
    Instant now = at("2025-07-05T12:00");
    CaseSnapshot held = CaseSnapshot.at(now).missing(at("2025-06-27T20:00"), at("2025-06-28T09:00"), at("2025-06-29T15:00"), true).build();
    assertEquals(DeadlineStatus.State.MET, evaluator.status(deadline, held).state());
    CaseSnapshot notNeeded = CaseSnapshot.at(now).missing(at("2025-06-27T20:00"), at("2025-06-28T09:00"), null, false).build();
    assertEquals(DeadlineStatus.State.MET, evaluator.status(deadline, notNeeded).state());
    // the interview after an earlier episode does not meet the latest one's
    CaseSnapshot earlier = CaseSnapshot.at(now).missing(at("2025-06-20T20:00"), at("2025-06-21T09:00"), at("2025-06-22T10:00"), true)
        .missing(at("2025-06-27T20:00"), at("2025-06-28T09:00"), null, true).build();
    assertEquals(DeadlineStatus.State.OVERDUE, evaluator.status(deadline, earlier).state());
    assertEquals(DeadlineStatus.State.PENDING, evaluator.status(deadline, CaseSnapshot.at(now).build()).state(), "no return, nothing running");
  }

  @Test
  void returnInterviewIsDueSeventyTwoHoursAfterTheLatestReturn() {
    var deadline = definition.deadline("return-interview").orElseThrow();
    CaseSnapshot s = CaseSnapshot.at(at("2025-06-30T12:00"))
        .missing(at("2025-06-20T20:00"), at("2025-06-21T09:00"))
        .missing(at("2025-06-27T20:00"), at("2025-06-28T09:00")).build();
    assertEquals(at("2025-07-01T09:00"), evaluator.due(deadline, s).orElseThrow());
    assertFalse(evaluator.passed(deadline, s));
    assertTrue(evaluator.passed(deadline, CaseSnapshot.at(at("2025-07-01T09:00"))
        .missing(at("2025-06-27T20:00"), at("2025-06-28T09:00")).build()));
  }

  @Test
  void deadlinePassedAndCountOfDeadlinesPassedDriveRules() {
    CaseSnapshot early = CaseSnapshot.at(at("2025-04-20T12:00")).set("referral.received", at("2025-04-17T15:30")).build();
    assertFalse(holds("late", early));
    CaseSnapshot late = CaseSnapshot.at(at("2025-04-28T12:00")).set("referral.received", at("2025-04-17T15:30")).build();
    assertTrue(holds("late", late));
    assertEquals(List.of("late"), evaluator.rulesThatHold(late).stream().map(Rule::id).toList());
  }

  @Test
  void timeSinceUsesCalendarMonthsAndFixedValues() {
    Instant received = at("2025-01-15T10:00");
    assertFalse(holds("long-open", CaseSnapshot.at(at("2025-04-15T09:00")).set("referral.received", received)
        .set("case.status", "open").set("child.ethnicity", "W1").build()));
    assertTrue(holds("long-open", CaseSnapshot.at(at("2025-04-15T11:00")).set("referral.received", received)
        .set("case.status", "open").set("child.ethnicity", "W1").build()));
    assertFalse(holds("long-open", CaseSnapshot.at(at("2025-04-15T11:00")).set("referral.received", received)
        .set("case.status", "closed").build()));
  }

  @Test
  void agendaFiltersSelectCases() {
    var items = definition.meeting("panel").orElseThrow().agenda();
    var red = ((AgendaEntry.Item) items.get(0)).forEachCase().orElseThrow();
    var onPanel = ((AgendaEntry.Item) items.get(1)).forEachCase().orElseThrow();
    Instant now = at("2025-06-30T12:00");
    CaseSnapshot redCase = CaseSnapshot.at(now).assessment("lancashire.cse2", now, "RED", "HIGH", 40)
        .set("case.on-panel", true).build();
    assertTrue(evaluator.matches(red, redCase));
    assertTrue(evaluator.matches(onPanel, redCase));
    assertFalse(evaluator.matches(red, CaseSnapshot.at(now).build()));
    assertFalse(evaluator.matches(onPanel, CaseSnapshot.at(now).build()));
  }
}
