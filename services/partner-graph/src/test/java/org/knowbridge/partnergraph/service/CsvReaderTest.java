package org.knowbridge.partnergraph.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsPlainAndQuotedFields() throws IOException {
        CsvReader reader = reader("id,name\n1,\"SHISEIDO Co., Ltd.\"\n2,\"\"\"Agua\"\" Sustentable\"\n");
        assertEquals(List.of("id", "name"), reader.next().fields());
        assertEquals(List.of("1", "SHISEIDO Co., Ltd."), reader.next().fields());
        assertEquals(List.of("2", "\"Agua\" Sustentable"), reader.next().fields());
        assertNull(reader.next());
    }

    @Test
    void numbersRecordsByTheLineTheyStartOn() throws IOException {
        CsvReader reader = reader("a,b\r\n\"multi\nline\",x\r\n\nlast,\n");
        assertEquals(1, reader.next().line());
        CsvReader.Row multiLine = reader.next();
        assertEquals(2, multiLine.line());
        assertEquals("multi\nline", multiLine.fields().get(0));
        CsvReader.Row last = reader.next();
        assertEquals(5, last.line());
        assertEquals(List.of("last", ""), last.fields());
    }

    @Test
    void keepsEmptyFieldsAndAFinalRowWithoutLineBreak() throws IOException {
        CsvReader reader = reader(",,\nx,y,z");
        assertEquals(List.of("", "", ""), reader.next().fields());
        assertEquals(List.of("x", "y", "z"), reader.next().fields());
        assertNull(reader.next());
    }

    @Test
    void anUnclosedQuoteIsAnErrorOnTheLineWhereItOpened() throws IOException {
        CsvReader reader = reader("a,b\n1,\"never closed\n2,3\n");
        reader.next();
        CsvReader.MalformedCsvException error = assertThrows(CsvReader.MalformedCsvException.class, reader::next);
        assertEquals(2, error.line());
    }

    private static CsvReader reader(String text) {
        return new CsvReader(new StringReader(text));
    }
}
