package org.knowbridge.firmprofiles.service.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.knowbridge.platform.input.JsonInputRules;

/**
 * An import file of any bytes, decoded as the REST layer decodes the body: every line is a firm or that line's
 * error, a bad line never costs the others, and the reader never throws.
 */
class ImportFileReaderPropertyTest {

    private static final String HEADER = "externalId,legalName,country\n";

    private final ImportFileReader reader = new ImportFileReader(mapper(), validator());

    @Property(tries = 1000)
    void anyJsonLinesFileIsReadLineByLine(@ForAll byte[] bytes) {
        assertOneResultPerLine(reader.read(ImportFormat.JSON_LINES, new String(bytes, StandardCharsets.UTF_8)));
    }

    @Property(tries = 1000)
    void anyCsvBodyUnderAGoodHeaderIsReadLineByLine(@ForAll byte[] bytes) {
        assertOneResultPerLine(reader.read(ImportFormat.CSV, HEADER + new String(bytes, StandardCharsets.UTF_8)));
    }

    @Property(tries = 1000)
    void oneJunkJsonLineNeverCostsTheOthers(
            @ForAll("junk") byte[] junk, @ForAll @IntRange(min = 1, max = 4) int junkLine) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (int line = 1; line <= 4; line++) {
            file.writeBytes(
                    line == junkLine
                            ? junk
                            : ("{\"externalId\": \"prop:" + line + "\", \"legalName\": \"Firm é " + line
                                            + "\", \"country\": \"FI\"}")
                                    .getBytes(StandardCharsets.UTF_8));
            file.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        }
        assertOthersAreFirms(reader.read(ImportFormat.JSON_LINES, file.toString(StandardCharsets.UTF_8)), junkLine, 1);
    }

    @Property(tries = 1000)
    void oneJunkCsvLineNeverCostsTheOthers(
            @ForAll("junk") byte[] junk, @ForAll @IntRange(min = 2, max = 5) int junkLine) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
        for (int line = 2; line <= 5; line++) {
            file.writeBytes(
                    line == junkLine
                            ? junk
                            : ("prop:" + line + ",Firm é " + line + ",FI").getBytes(StandardCharsets.UTF_8));
            file.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        }
        assertOthersAreFirms(reader.read(ImportFormat.CSV, file.toString(StandardCharsets.UTF_8)), junkLine, 2);
    }

    /** Junk without line breaks or quotes: a quote may rightly join the lines after it into one CSV field. */
    @Provide
    Arbitrary<byte[]> junk() {
        return Arbitraries.bytes()
                .filter(b -> b != '\n' && b != '\r' && b != '"')
                .array(byte[].class)
                .ofMaxSize(60);
    }

    private static void assertOneResultPerLine(List<ImportLine> lines) {
        int previous = 0;
        for (ImportLine line : lines) {
            assertTrue(line.line() > previous, "one result per line, in order: " + lines);
            previous = line.line();
        }
    }

    private static void assertOthersAreFirms(List<ImportLine> lines, int junkLine, int firstLine) {
        List<Integer> firms = lines.stream()
                .filter(line -> line.line() != junkLine)
                .map(line -> line instanceof ImportLine.FirmLine firm
                        ? Integer.parseInt(firm.externalId().substring("prop:".length()))
                        : -line.line())
                .toList();
        List<Integer> expected = java.util.stream.IntStream.rangeClosed(firstLine, firstLine + 3)
                .filter(line -> line != junkLine)
                .boxed()
                .toList();
        assertEquals(expected, firms, lines.toString());
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        new JsonInputRules().customize(mapper);
        return mapper;
    }

    private static Validator validator() {
        return Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    }
}
