package org.knowbridge.contracts.cordis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvLinesTest {

    @Test
    void readsPlainAndQuotedFieldsWithCommasQuotesAndLineBreaks() {
        assertEquals(
                List.of(
                        new CsvLines.Row(1, List.of("id", "name", "city")),
                        new CsvLines.Row(2, List.of("1", "Acme, \"Labs\"", "Moscow,\nID")),
                        new CsvLines.Row(4, List.of("2", "\"Agua\" Sustentable", ""))),
                read(
                        "\uFEFFid,name,city\r\n1,\"Acme, \"\"Labs\"\"\",\"Moscow,\nID\"\n2,\"\"\"Agua\"\" Sustentable\",\n"));
    }

    @Test
    void numbersRecordsByTheLineTheyStartOnSkippingBlankLines() {
        List<CsvLines.Line> lines = read("a,b\r\n\"multi\nline\",x\r\n\n  \nlast,\n,,\nx,y,z");
        assertEquals(
                List.of(1L, 2L, 6L, 7L, 8L),
                lines.stream().map(CsvLines.Line::line).toList());
        assertEquals(new CsvLines.Row(6, List.of("last", "")), lines.get(2));
        assertEquals(new CsvLines.Row(7, List.of("", "", "")), lines.get(3));
    }

    @Test
    void aLineWithANulCharacterIsThatLinesErrorAndTheOthersStillRead() {
        assertEquals(
                List.of(
                        new CsvLines.Row(1, List.of("a", "b")),
                        new CsvLines.Bad(2, "holds a NUL character"),
                        new CsvLines.Row(3, List.of("3", "4"))),
                read("a,b\n1,x\0y\n3,4\n"));
    }

    @Test
    void aLineOfBytesThatAreNotUtf8IsThatLinesErrorAndTheOthersStillRead() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("a,b\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("1,Société\n".getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes("3,Société\n".getBytes(StandardCharsets.UTF_8));
        List<CsvLines.Line> lines = new ArrayList<>();
        try (CsvLines csv = CsvLines.of(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (CsvLines.Line line = csv.next(); line != null; line = csv.next()) {
                lines.add(line);
            }
        }
        assertEquals(
                List.of(
                        new CsvLines.Row(1, List.of("a", "b")),
                        new CsvLines.Bad(2, "holds bytes that are not UTF-8"),
                        new CsvLines.Row(3, List.of("3", "Société"))),
                lines);
    }

    @Test
    void aLineWithHalfASurrogatePairIsThatLinesError() {
        assertEquals(
                List.of(
                        new CsvLines.Bad(1, "holds half of a UTF-16 surrogate pair"),
                        new CsvLines.Row(2, List.of("😀"))),
                read("x\uD800\n\uD83D\uDE00\n"));
    }

    @Test
    void textAfterAClosingQuoteIsKept() {
        assertEquals(List.of(new CsvLines.Row(1, List.of("ab", "c"))), read("\"a\"b,c\n"));
    }

    @Test
    void anUnclosedQuoteIsAnErrorOnTheLineWhereItOpenedAndEndsTheFile() {
        assertEquals(
                List.of(new CsvLines.Row(1, List.of("a", "b")), new CsvLines.Bad(2, "a quoted field is never closed")),
                read("a,b\n1,\"never closed\n2,3\n"));
    }

    @Test
    void aHeaderNamesItsColumnsInAnyOrderAndCase() {
        CordisFile.Header header =
                CordisFile.PARTICIPATIONS.header(List.of("Role", " year", "organisation_id", "project_id", "extra"));
        assertEquals(
                Map.of("role", 0, "year", 1, "organisation_id", 2, "project_id", 3, "extra", 4), header.positions());
        assertEquals("2020", header.get(List.of("COORDINATOR", "2020", "o", "p", ""), "year"));
        CordisFile.MissingColumns missing =
                assertThrows(CordisFile.MissingColumns.class, () -> CordisFile.PROJECTS.header(List.of("id", "year")));
        assertEquals(
                "projects.csv: the header lacks column(s) acronym, programme, topic, knowledge_areas",
                missing.getMessage());
    }

    private static List<CsvLines.Line> read(String text) {
        List<CsvLines.Line> lines = new ArrayList<>();
        try (CsvLines csv = CsvLines.of(new StringReader(text))) {
            for (CsvLines.Line line = csv.next(); line != null; line = csv.next()) {
                lines.add(line);
            }
            assertNull(csv.next());
        }
        return lines;
    }
}
