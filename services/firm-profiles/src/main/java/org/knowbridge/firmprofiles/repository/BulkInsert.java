package org.knowbridge.firmprofiles.repository;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Inserts many rows of one table in a single statement of the caller's transaction: the rows go as one JSON
 * array, which PostgreSQL reads with {@code json_to_recordset}, in the order given (identity columns are drawn
 * in that order; the text parameter is cast to json in SQL, since the client would send a string bound as json as
 * one JSON string). Hibernate Reactive sends an entity with an identity id as one INSERT each, and every entity
 * it persists costs it a cascade, a validation and a dirty check per flush; a bulk import of thousands of rows
 * spent most of its time there.
 *
 * @param <T> what one row is made from
 */
final class BulkInsert<T> {

    private static final JsonFactory JSON = new JsonFactory();

    /** One column: its name, its SQL type (as json_to_recordset reads it) and its value in a row. */
    record Column<T>(String name, String sqlType, Function<T, Object> value) {}

    private final List<Column<T>> columns;
    private final String statement;

    BulkInsert(String table, List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        String definitions =
                columns.stream().map(c -> c.name() + " " + c.sqlType()).collect(Collectors.joining(", "));
        this.statement = "insert into " + table + " (" + names + ") select " + names
                + " from rows from (json_to_recordset(cast(cast(:rows as text) as json)) as (" + definitions + "))"
                + " with ordinality as given (" + names + ", position) order by position";
    }

    /** Inserts the rows, in this order, in the current session's transaction. */
    Uni<Void> insert(List<T> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String json = json(rows);
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(statement)
                        .setParameter("rows", json)
                        .executeUpdate())
                .replaceWithVoid();
    }

    private String json(List<T> rows) {
        StringWriter out = new StringWriter(rows.size() * 512);
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            generator.writeStartArray();
            for (T row : rows) {
                generator.writeStartObject();
                for (Column<T> column : columns) {
                    generator.writeFieldName(column.name());
                    write(generator, column.value().apply(row));
                }
                generator.writeEndObject();
            }
            generator.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator generator, Object value) throws IOException {
        switch (value) {
            case null -> generator.writeNull();
            case Boolean flag -> generator.writeBoolean(flag);
            case Integer number -> generator.writeNumber(number);
            case Long number -> generator.writeNumber(number);
            // Java's shortest exact form ("1.0E-4") reads back as the same double in PostgreSQL.
            case Double number -> generator.writeNumber(number);
            case String[] texts -> generator.writeArray(texts, 0, texts.length);
            case Enum<?> constant -> generator.writeString(constant.name());
            // UUID, OffsetDateTime (ISO 8601 with its offset) and text: their own text form.
            default -> generator.writeString(value.toString());
        }
    }
}
