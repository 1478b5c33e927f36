package org.safeguard.dsl;

import java.util.Objects;

/**
 * The text of one area file together with the name used for it in messages.
 *
 * <p>Invariants: neither part is null. The text is already decoded; a caller that decoded bytes
 * leniently leaves U+FFFD where the input was not UTF-8, which the checker reports.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the file name shown in diagnostics, e.g. {@code "lancashire.area"}
 * @param text the whole content of the file
 */
public record SourceText(String name, String text) {
  public SourceText {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
  }
}
