package org.safeguard.dsl.model;

/**
 * Which template renders a document kind ({@code agenda}, {@code minutes}, {@code invitation},
 * {@code referral}, {@code case-notes}, {@code report}). Immutable and thread-safe.
 */
public record TemplateRef(String document, String template, Span span) {}
