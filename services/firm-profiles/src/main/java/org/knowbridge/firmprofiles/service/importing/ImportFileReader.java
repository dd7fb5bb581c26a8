package org.knowbridge.firmprofiles.service.importing;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.knowbridge.contracts.cordis.CordisFile;
import org.knowbridge.contracts.cordis.CsvLines;
import org.knowbridge.contracts.text.TextFlaw;
import org.knowbridge.contracts.vocabulary.BusinessKeys;
import org.knowbridge.firmprofiles.service.FirmProfileInput;
import org.knowbridge.firmprofiles.service.ProfileNormaliser;
import org.knowbridge.platform.problem.Problem;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;

/**
 * Reads an import file into checked lines. Every line gets the same validation as the API's request body;
 * a bad line is reported with its number and fields and never stops the others. A file whose header
 * cannot be understood is rejected whole.
 */
@ApplicationScoped
public class ImportFileReader {

    /** The columns of the CORDIS organisations.csv export: only {@code sme=true} rows become firms. */
    static final List<String> CORDIS_HEADER = CordisFile.ORGANISATIONS.columns();

    static final String CORDIS_PREFIX = "cordis:";
    private static final Set<String> LIST_FIELDS = Set.of(
            "knowledgeAreasOffered",
            "knowledgeAreasSought",
            "targetCountries",
            "preferredPartnerKinds",
            "preferredChannels");
    private static final Set<String> PROFILE_FIELDS = Set.of(
            "legalName",
            "country",
            "nutsRegion",
            "sector",
            "employees",
            "turnoverEur",
            "foundingYear",
            "exportShare",
            "rdIntensity",
            "knowledgeAreasOffered",
            "knowledgeAreasSought",
            "targetCountries",
            "preferredPartnerKinds",
            "preferredChannels");
    private static final String EXTERNAL_ID_FIELD = "externalId";

    private final ObjectMapper json;
    private final Validator validator;

    public ImportFileReader(ObjectMapper json, Validator validator) {
        this.json = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.validator = validator;
    }

    public List<ImportLine> read(ImportFormat format, String text) {
        return withoutRepeatedExternalIds(format == ImportFormat.CSV ? readCsv(text) : readJsonLines(text));
    }

    /**
     * Firms are upserted by external id: a second line with an id an earlier line of the same file already
     * used is that line's error, so it never silently overwrites the first.
     */
    private static List<ImportLine> withoutRepeatedExternalIds(List<ImportLine> lines) {
        Map<String, Integer> firstLineOf = new HashMap<>();
        List<ImportLine> checked = new ArrayList<>(lines.size());
        for (ImportLine line : lines) {
            if (line instanceof ImportLine.FirmLine firm) {
                Integer first = firstLineOf.putIfAbsent(firm.externalId(), firm.line());
                if (first != null) {
                    checked.add(new ImportLine.Invalid(
                            firm.line(),
                            List.of(new Problem.FieldError(
                                    EXTERNAL_ID_FIELD,
                                    "duplicate externalId " + firm.externalId() + ": first used on line " + first))));
                    continue;
                }
            }
            checked.add(line);
        }
        return checked;
    }

    private List<ImportLine> readCsv(String text) {
        List<CsvLines.Line> lines = new ArrayList<>();
        try (CsvLines csv = CsvLines.of(new StringReader(text))) {
            for (CsvLines.Line line = csv.next(); line != null; line = csv.next()) {
                lines.add(line);
            }
        }
        if (lines.isEmpty()) {
            throw badFile("header", "the file is empty: the first line must name the columns");
        }
        if (!(lines.get(0) instanceof CsvLines.Row headerRow)) {
            throw badFile("header", "the first line " + ((CsvLines.Bad) lines.get(0)).message());
        }
        List<String> header = headerRow.fields().stream().map(String::trim).toList();
        List<CsvLines.Line> data = lines.subList(1, lines.size());
        if (header.equals(CORDIS_HEADER)) {
            return data.stream()
                    .map(line -> line instanceof CsvLines.Row row ? cordisLine(row) : badLine(line))
                    .toList();
        }
        List<String> unknown = header.stream()
                .filter(column -> !column.equals(EXTERNAL_ID_FIELD) && !PROFILE_FIELDS.contains(column))
                .toList();
        if (!unknown.isEmpty() || !header.contains(EXTERNAL_ID_FIELD)) {
            throw badFile(
                    "header",
                    "columns must be " + String.join(",", CORDIS_HEADER)
                            + " (CORDIS), or externalId and profile fields "
                            + PROFILE_FIELDS.stream().sorted().collect(Collectors.joining(","))
                            + (unknown.isEmpty() ? "" : "; unknown: " + unknown));
        }
        return data.stream()
                .map(line -> line instanceof CsvLines.Row row ? profileCsvLine(header, row) : badLine(line))
                .toList();
    }

    private static ImportLine badLine(CsvLines.Line line) {
        return new ImportLine.Invalid(
                line(line), List.of(new Problem.FieldError("line", ((CsvLines.Bad) line).message())));
    }

    private static int line(CsvLines.Line line) {
        return (int) line.line();
    }

    private ImportLine cordisLine(CsvLines.Row row) {
        int lineNumber = line(row);
        List<String> cells = row.fields();
        if (cells.size() != CORDIS_HEADER.size()) {
            return new ImportLine.Invalid(
                    lineNumber,
                    List.of(new Problem.FieldError(
                            "line", "has " + cells.size() + " columns, expected " + CORDIS_HEADER.size())));
        }
        String sme = cells.get(4).trim().toLowerCase(Locale.ROOT);
        if (!sme.equals("true")) {
            return sme.equals("false")
                    ? new ImportLine.Skipped(lineNumber)
                    : new ImportLine.Invalid(
                            lineNumber, List.of(new Problem.FieldError("sme", "must be true or false")));
        }
        ObjectNode node = json.createObjectNode();
        node.put(EXTERNAL_ID_FIELD, CORDIS_PREFIX + cells.get(0).trim());
        node.put("legalName", cells.get(1));
        node.put("country", cells.get(2).trim());
        String nuts = cells.get(6).trim();
        // CORDIS gives non-EU organisations their country code as region: not a NUTS code of its own.
        if (nuts.length() > 2) {
            node.put("nutsRegion", nuts);
        }
        return firmLine(lineNumber, node);
    }

    private ImportLine profileCsvLine(List<String> header, CsvLines.Row row) {
        if (row.fields().size() != header.size()) {
            return new ImportLine.Invalid(
                    line(row),
                    List.of(new Problem.FieldError(
                            "line", "has " + row.fields().size() + " columns, expected " + header.size())));
        }
        ObjectNode node = json.createObjectNode();
        for (int i = 0; i < header.size(); i++) {
            String value = row.fields().get(i).trim();
            if (value.isEmpty()) {
                continue;
            }
            if (LIST_FIELDS.contains(header.get(i))) {
                ArrayNode items = node.putArray(header.get(i));
                for (String item : value.split("\\|")) {
                    items.add(item.trim());
                }
            } else {
                node.put(header.get(i), value);
            }
        }
        return firmLine(line(row), node);
    }

    private List<ImportLine> readJsonLines(String text) {
        List<ImportLine> lines = new ArrayList<>();
        String[] rawLines = text.split("\r?\n", -1);
        for (int i = 0; i < rawLines.length; i++) {
            String raw = rawLines[i];
            if (raw.isBlank()) {
                continue;
            }
            int lineNumber = i + 1;
            try {
                JsonNode node = json.readTree(raw);
                lines.add(
                        node instanceof ObjectNode object
                                ? firmLine(lineNumber, object)
                                : new ImportLine.Invalid(
                                        lineNumber,
                                        List.of(new Problem.FieldError(
                                                "line",
                                                "expected an object, found "
                                                        + node.getNodeType()
                                                                .name()
                                                                .toLowerCase(Locale.ROOT)))));
            } catch (JsonProcessingException e) {
                lines.add(new ImportLine.Invalid(
                        lineNumber, List.of(new Problem.FieldError("line", "is not valid JSON: " + whatIsWrong(e)))));
            }
        }
        return lines;
    }

    /**
     * The parser's complaint in a user's words: where on the line it stopped, never its own message, which
     * names parser classes and quotes the input.
     */
    static String whatIsWrong(JsonProcessingException e) {
        String original =
                e.getOriginalMessage() == null ? "" : e.getOriginalMessage().toLowerCase(Locale.ROOT);
        JsonLocation at = e.getLocation();
        String column = at == null || at.getColumnNr() < 1 ? "" : " at column " + at.getColumnNr();
        if (original.startsWith("unexpected end-of-input")) {
            return "the line ends before the object is complete";
        }
        if (original.startsWith("trailing token")) {
            // The exception stands after the extra token; the user wants to know where it starts.
            JsonLocation token = e.getProcessor() instanceof JsonParser parser ? parser.currentTokenLocation() : at;
            return "unexpected content after the object"
                    + (token == null || token.getColumnNr() < 1 ? "" : " at column " + token.getColumnNr());
        }
        return "unexpected character" + column;
    }

    /** The same checks as the API's request body, plus the external id every import line needs. */
    private ImportLine firmLine(int line, ObjectNode node) {
        // Text no column stores as sent (JSON may spell it as an escape) is the line's error, not the batch's.
        Optional<TextFlaw> flaw = flawIn(node);
        if (flaw.isPresent()) {
            return new ImportLine.Invalid(
                    line,
                    List.of(new Problem.FieldError("line", "holds " + flaw.get().what())));
        }
        JsonNode externalIdNode = node.remove(EXTERNAL_ID_FIELD);
        String externalId = externalIdNode == null || !externalIdNode.isTextual()
                ? null
                : externalIdNode.asText().trim();
        if (externalId == null || !BusinessKeys.isKey(externalId)) {
            return new ImportLine.Invalid(
                    line,
                    List.of(new Problem.FieldError(
                            EXTERNAL_ID_FIELD,
                            "required: up to 100 letters, digits and :._/- , e.g. cordis:999908587")));
        }
        FirmProfileInput input;
        try {
            input = json.treeToValue(node, FirmProfileInput.class);
        } catch (UnrecognizedPropertyException e) {
            return new ImportLine.Invalid(line, List.of(new Problem.FieldError(e.getPropertyName(), "unknown field")));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                            && !mapping.getPath().isEmpty()
                    ? mapping.getPath().get(0).getFieldName()
                    : "line";
            return new ImportLine.Invalid(
                    line, List.of(new Problem.FieldError(field, "has a value of the wrong type")));
        }
        Set<ConstraintViolation<FirmProfileInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            return new ImportLine.Invalid(
                    line,
                    violations.stream()
                            .map(v -> new Problem.FieldError(
                                    v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", ""), v.getMessage()))
                            .sorted(Comparator.comparing(Problem.FieldError::field))
                            .toList());
        }
        try {
            return new ImportLine.FirmLine(line, externalId, input, ProfileNormaliser.normalise(input));
        } catch (ProblemException e) {
            return new ImportLine.Invalid(line, e.errors());
        }
    }

    private static Optional<TextFlaw> flawIn(JsonNode node) {
        if (node.isTextual()) {
            return TextFlaw.inDecoded(node.textValue());
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            Optional<TextFlaw> flaw = TextFlaw.inDecoded(field.getKey()).or(() -> flawIn(field.getValue()));
            if (flaw.isPresent()) {
                return flaw;
            }
        }
        for (JsonNode element : node.isArray() ? node : List.<JsonNode>of()) {
            Optional<TextFlaw> flaw = flawIn(element);
            if (flaw.isPresent()) {
                return flaw;
            }
        }
        return Optional.empty();
    }

    private static ProblemException badFile(String field, String message) {
        return new ProblemException(
                ProblemType.VALIDATION_FAILED,
                "The file cannot be imported",
                List.of(new Problem.FieldError(field, message)));
    }
}
