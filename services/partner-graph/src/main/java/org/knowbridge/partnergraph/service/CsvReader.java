package org.knowbridge.partnergraph.service;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming reader of RFC 4180 CSV (comma, double quotes, doubled quotes inside quotes, line breaks
 * inside quotes). Each record knows the line it started on, so errors point at the line a person sees.
 */
public final class CsvReader implements AutoCloseable {

    /** One record and the 1-based line it starts on. */
    public record Row(long line, List<String> fields) {
    }

    /** A record whose quotes never close. */
    public static final class MalformedCsvException extends RuntimeException {
        private final long line;

        MalformedCsvException(long line, String message) {
            super(message);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    private final Reader reader;
    private long line = 1;
    private int pending = -2;

    public CsvReader(Reader reader) {
        this.reader = reader;
    }

    /** The next record, or null at the end of the input. Blank lines are skipped. */
    public Row next() throws IOException {
        while (true) {
            int c = read();
            if (c == -1) {
                return null;
            }
            if (c == '\n') {
                line++;
                continue;
            }
            if (c == '\r') {
                continue;
            }
            unread(c);
            return readRecord();
        }
    }

    private Row readRecord() throws IOException {
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean inQuotes = false;
        while (true) {
            int c = read();
            if (inQuotes) {
                if (c == -1) {
                    throw new MalformedCsvException(start, "a quoted field is never closed");
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        inQuotes = false;
                        unread(after);
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
                continue;
            }
            if (c == '"' && field.isEmpty() && !quoted) {
                inQuotes = true;
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                quoted = false;
            } else if (c == '\n' || c == -1) {
                fields.add(field.toString());
                if (c == '\n') {
                    line++;
                }
                return new Row(start, fields);
            } else if (c != '\r') {
                field.append((char) c);
            }
        }
    }

    private int read() throws IOException {
        if (pending != -2) {
            int c = pending;
            pending = -2;
            return c;
        }
        return reader.read();
    }

    private void unread(int c) {
        pending = c;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
