package org.safeguard.core.sheets;

import java.nio.file.Path;
import java.util.Locale;

/** The two kinds of table file: comma-separated text (UTF-8, RFC 4180) and Office Open XML workbooks. */
public enum SheetFormat {
    CSV("csv"), XLSX("xlsx");

    private final String extension;

    SheetFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format a file's name ends with. @throws SheetException for any other name */
    public static SheetFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (SheetFormat f : values()) {
            if (name.endsWith("." + f.extension)) {
                return f;
            }
        }
        throw new SheetException(file.getFileName() + ": name a .csv or .xlsx file");
    }

    /** The format named (csv or xlsx, in any case). @throws SheetException for any other */
    public static SheetFormat named(String name) {
        for (SheetFormat f : values()) {
            if (f.extension.equalsIgnoreCase(name == null ? "" : name.strip())) {
                return f;
            }
        }
        throw new SheetException("format '" + name + "' is not csv or xlsx");
    }
}
