package org.safeguard.dsl.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The events a deadline can count from ({@code within 72 hours of return}). A {@link CaseFacts}
 * says when each happened for a case.
 */
public enum DeadlineAnchor {
  REFERRAL("referral", "the referral was received (referral.received)"),
  RETURN("return", "the child returned or was found after the latest missing episode"),
  MISSING("missing", "the latest missing episode started"),
  PLACEMENT("placement", "the child was placed in another area"),
  CASE_OPENED("case-opened", "the case was opened"),
  ASSESSMENT("assessment", "the latest final assessment was completed");

  private final String word;
  private final String description;

  DeadlineAnchor(String word, String description) {
    this.word = word;
    this.description = description;
  }

  /** The word used after {@code of} in a deadline. */
  public String word() {
    return word;
  }

  public String description() {
    return description;
  }

  public static Optional<DeadlineAnchor> byWord(String word) {
    return Arrays.stream(values()).filter(a -> a.word.equals(word)).findFirst();
  }

  public static List<String> words() {
    return Arrays.stream(values()).map(DeadlineAnchor::word).toList();
  }
}
