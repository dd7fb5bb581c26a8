package org.knowbridge.contracts.cordis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.knowbridge.contracts.text.TextFlaw;

/** Any bytes read as CSV: a bad line is that line's error, the other lines are read, nothing else is thrown. */
class CsvLinesPropertyTest {

    @Property(tries = 1000)
    void anyBytesReadToTheEndInIncreasingLinesWithoutFlawedRows(@ForAll byte[] bytes) {
        long previous = 0;
        for (CsvLines.Line line : read(bytes)) {
            assertTrue(line.line() > previous, "line numbers increase: " + line);
            previous = line.line();
            if (line instanceof CsvLines.Row row) {
                row.fields()
                        .forEach(field -> assertTrue(TextFlaw.inDecoded(field).isEmpty(), field));
            }
        }
    }

    /** Junk without quotes or line breaks stays on its line, however bad its bytes: every good line still reads. */
    @Property(tries = 1000)
    void oneLineOfJunkNeverCostsTheOtherLines(
            @ForAll("junk") byte[] junk, @ForAll @IntRange(min = 1, max = 5) int junkLine) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        List<CsvLines.Row> good = new ArrayList<>();
        for (int line = 1; line <= 6; line++) {
            if (line == junkLine) {
                file.writeBytes(junk);
            } else {
                List<String> fields = List.of(Integer.toString(line), "name " + line, "é");
                file.writeBytes((String.join(",", fields)).getBytes(StandardCharsets.UTF_8));
                good.add(new CsvLines.Row(line, fields));
            }
            file.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        }

        List<CsvLines.Line> lines = read(file.toByteArray());

        List<CsvLines.Line> others =
                lines.stream().filter(line -> line.line() != junkLine).toList();
        assertEquals(good, others);
    }

    @Provide
    Arbitrary<byte[]> junk() {
        return Arbitraries.bytes()
                .filter(b -> b != '\n' && b != '\r' && b != '"')
                .array(byte[].class)
                .ofMaxSize(40);
    }

    private static List<CsvLines.Line> read(byte[] bytes) {
        List<CsvLines.Line> lines = new ArrayList<>();
        try (CsvLines csv = CsvLines.of(new ByteArrayInputStream(bytes))) {
            for (CsvLines.Line line = csv.next(); line != null; line = csv.next()) {
                lines.add(line);
            }
        }
        return lines;
    }
}
