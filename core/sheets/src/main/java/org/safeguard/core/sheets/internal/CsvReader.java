package org.safeguard.core.sheets.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.safeguard.core.sheets.SheetException;
import org.safeguard.core.sheets.SheetFormat;
import org.safeguard.core.sheets.SheetRow;

/** A CSV file (UTF-8, with or without a byte order mark; RFC 4180 quoting), read a record at a time. */
public final class CsvReader extends RowReader {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    private final String name;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private int number = 1;

    public CsvReader(Path file) {
        this.name = String.valueOf(file.getFileName());
        Reader reader;
        try {
            // strict: a file that is not UTF-8 is named, not read as mojibake
            reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            this.parser = FORMAT.parse(reader);
        } catch (NoSuchFileException e) {
            throw new SheetException(name + ": no such file");
        } catch (IOException e) {
            throw new SheetException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
        this.records = parser.iterator();
        CSVRecord first = read();
        if (first == null) {
            close();
            throw new SheetException(name + ": the file is empty; row 1 should name the columns");
        }
        try {
            this.header = Header.of(name, first.toList());
        } catch (SheetException e) {
            close();
            throw e;
        }
    }

    private CSVRecord read() {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String why = cause instanceof CharacterCodingException ? "is not UTF-8 text" : "is not well-formed CSV (" + cause.getMessage() + ")";
            throw new SheetException(name + ": after row " + number + " the file " + why, e);
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public SheetFormat format() {
        return SheetFormat.CSV;
    }

    @Override
    SheetRow readRow() {
        CSVRecord r = read();
        if (r == null) {
            return END;
        }
        number++;
        return Rows.of(number, header.size(), new ArrayList<>(r.toList()));
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // closing a file read to the end or abandoned: nothing is lost
        }
    }
}
