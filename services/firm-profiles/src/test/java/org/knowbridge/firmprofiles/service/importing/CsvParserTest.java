package org.knowbridge.firmprofiles.service.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTest {

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        List<CsvParser.Row> rows = CsvParser.parse("id,name,city\r\n1,\"Acme, \"\"Labs\"\"\",\"Moscow,\nID\"\n2,Plain,\n");
        assertEquals(3, rows.size());
        assertEquals(List.of("1", "Acme, \"Labs\"", "Moscow,\nID"), rows.get(1).cells());
        assertEquals(List.of("2", "Plain", ""), rows.get(2).cells());
    }

    @Test
    void rowsKnowTheLineTheyStartOn() {
        List<CsvParser.Row> rows = CsvParser.parse("a,b\n\"x\ny\",1\n\nz,2");
        assertEquals(List.of(1, 2, 5), rows.stream().map(CsvParser.Row::line).toList());
    }
}
