package org.knowbridge.portal.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the profile form sends, laid over the profile as last read so that the fields the form does not show are
 * kept. The service validates; a number that is not one is sent as typed, so that its refusal names the field.
 *
 * @param knowledgeAreasSought one per line
 * @param targetCountries      two-letter codes, separated by commas or spaces
 */
public record ProfileForm(
        String legalName,
        String country,
        String sector,
        String employees,
        String foundingYear,
        String knowledgeAreasSought,
        String knowledgeAreasOffered,
        String targetCountries,
        List<String> preferredPartnerKinds) {

    /** The form filled in with the profile as it is. */
    public static ProfileForm of(Firm firm) {
        return new ProfileForm(
                firm.legalName(),
                firm.country(),
                firm.sector(),
                firm.employees() == null ? "" : firm.employees().toString(),
                firm.foundingYear() == null ? "" : firm.foundingYear().toString(),
                String.join("\n", firm.knowledgeAreasSought()),
                String.join("\n", firm.knowledgeAreasOffered()),
                String.join(", ", firm.targetCountries()),
                firm.preferredPartnerKinds());
    }

    public boolean prefers(String kind) {
        return preferredPartnerKinds != null && preferredPartnerKinds.contains(kind);
    }

    public Map<String, Object> over(Firm current) {
        Map<String, Object> input = current.asInput();
        put(input, "legalName", trimmed(legalName));
        put(input, "country", trimmed(country).toUpperCase(Locale.ROOT));
        put(input, "sector", trimmed(sector));
        put(input, "employees", number(employees));
        put(input, "foundingYear", number(foundingYear));
        input.put("knowledgeAreasSought", lines(knowledgeAreasSought));
        input.put("knowledgeAreasOffered", lines(knowledgeAreasOffered));
        input.put(
                "targetCountries",
                words(targetCountries).stream()
                        .map(c -> c.toUpperCase(Locale.ROOT))
                        .toList());
        input.put("preferredPartnerKinds", preferredPartnerKinds == null ? List.of() : preferredPartnerKinds);
        return input;
    }

    /** An emptied field becomes unknown; required ones are refused by the service with their name. */
    private static void put(Map<String, Object> input, String field, Object value) {
        if (value == null || "".equals(value)) {
            input.remove(field);
        } else {
            input.put(field, value);
        }
    }

    private static Object number(String text) {
        String t = trimmed(text);
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            return t;
        }
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }

    static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .distinct()
                        .toList();
    }

    static List<String> words(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("[\\s,;]+"))
                        .filter(w -> !w.isEmpty())
                        .distinct()
                        .toList();
    }
}
