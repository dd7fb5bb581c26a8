package org.knowbridge.contracts.cordis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.knowbridge.contracts.text.TextFlaw;

/**
 * Streams RFC 4180 CSV (commons-csv) as numbered lines: each record knows the 1-based line it starts on, so
 * errors point at the line a person sees, and a bad record is that line's error while the others still read.
 * Blank lines are skipped and a leading byte order mark is dropped.
 */
public final class CsvLines implements AutoCloseable {

    /** A record as read, or why it cannot be. */
    public sealed interface Line {
        long line();
    }

    public record Row(long line, List<String> fields) implements Line {}

    public record Bad(long line, String message) implements Line {}

    // Text after a closing quote is kept ("a"b reads ab), as the platform's importers always accepted it;
    // empty lines are reported so that line numbers stay exact, then skipped here.
    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setIgnoreEmptyLines(false)
            .setTrailingData(true)
            .get();
    private static final char BOM = '\uFEFF';

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private boolean ended;

    private CsvLines(Reader reader) throws IOException {
        this.parser = CSVParser.parse(reader, FORMAT);
        this.records = parser.iterator();
    }

    /**
     * Reads UTF-8 bytes. Bytes that are not UTF-8 are read as U+FFFD, so they make their own line {@link Bad}
     * rather than end the whole file, as a strict decoder would.
     */
    public static CsvLines of(InputStream bytes) {
        return of(new InputStreamReader(bytes, StandardCharsets.UTF_8));
    }

    public static CsvLines of(Reader reader) {
        try {
            BufferedReader buffered = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
            buffered.mark(1);
            if (buffered.read() != BOM) {
                buffered.reset();
            }
            return new CsvLines(buffered);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The next line, or null at the end. A record whose quote never closes runs to the end of the input: it is
     * the last line, a {@link Bad} one. A record holding text no store keeps as it is ({@link TextFlaw}: a NUL
     * character, half a surrogate pair, bytes that were not UTF-8) is {@link Bad}.
     */
    public Line next() {
        while (!ended) {
            long start = parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    ended = true;
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                if (!String.valueOf(e.getMessage()).contains("EOF reached before encapsulated token finished")) {
                    throw e;
                }
                ended = true;
                return new Bad(start, "a quoted field is never closed");
            }
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            List<String> fields = record.toList();
            for (String field : fields) {
                Optional<TextFlaw> flaw = TextFlaw.inDecoded(field);
                if (flaw.isPresent()) {
                    return new Bad(start, "holds " + flaw.get().what());
                }
            }
            return new Row(start, fields);
        }
        return null;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
