package org.safeguard.core.api.form;

/** The kinds of value a form field takes, and so how it is validated and normalised. */
public enum FieldType {
    /** One line of text, at most 500 characters. */
    TEXT,
    /** Free narrative, at most 20,000 characters. */
    LONG_TEXT,
    /** A calendar date; accepted as YYYY-MM-DD or DD/MM/YYYY, stored as YYYY-MM-DD. */
    DATE,
    /** yes or no; stored as a boolean. */
    YES_NO,
    /** One code from the field's code list; aliases accepted, the code stored. */
    CODE,
    /** Any number of codes from the field's code list. */
    CODES,
    /** A repeatable group of sub-fields, e.g. one entry per agency involved. */
    GROUP
}
