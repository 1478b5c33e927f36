/**
 * Tables in and out of the product. {@link org.safeguard.core.sheets.Sheets#open} reads a CSV or
 * XLSX file as a header and rows, each row numbered as a spreadsheet shows it (the header is
 * row 1), streaming, so a tracker of any length is read in constant memory.
 * {@link org.safeguard.core.sheets.Sheets#create} writes one the same way: every cell a string,
 * a CSV cell that a spreadsheet would take for a formula neutralised, and the file readable by
 * its owner only, appearing whole or not at all.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.safeguard.core.sheets;
