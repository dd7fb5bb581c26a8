package org.knowbridge.recommendations.engine.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Expands a hierarchical code into its ancestors, so that two organisations in neighbouring fields still
 * match at the level they share: {@code /natural sciences/biological sciences/ecology} also stands for
 * {@code /natural sciences/biological sciences}. The broadest levels, shared by nearly everyone, are left out.
 */
public final class HierarchicalTerms {

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    private final String separator;
    private final int minDepth;
    private final boolean leadingSeparator;
    private final boolean dropYears;

    private HierarchicalTerms(String separator, int minDepth, boolean leadingSeparator, boolean dropYears) {
        this.separator = separator;
        this.minDepth = minDepth;
        this.leadingSeparator = leadingSeparator;
        this.dropYears = dropYears;
    }

    /** EuroSciVoc-like paths: {@code /field/subfield/...}, from the subfield down. */
    public static HierarchicalTerms knowledgeAreas() {
        return new HierarchicalTerms("/", 2, true, false);
    }

    /**
     * Call codes such as {@code HORIZON-CL5-2021-D3-01-02}: years are dropped so that the same line of calls
     * matches across years; from the second level down.
     */
    public static HierarchicalTerms callCodes() {
        return new HierarchicalTerms("-", 2, false, true);
    }

    public List<String> expand(String code) {
        List<String> parts = new ArrayList<>();
        for (String part : code.trim().split(Pattern.quote(separator))) {
            String p = part.trim();
            if (!p.isEmpty() && !(dropYears && YEAR.matcher(p).matches())) {
                parts.add(p);
            }
        }
        List<String> out = new ArrayList<>();
        StringBuilder prefix = new StringBuilder();
        for (int depth = 1; depth <= parts.size(); depth++) {
            if (depth > 1 || leadingSeparator) {
                prefix.append(separator);
            }
            prefix.append(parts.get(depth - 1));
            if (depth >= minDepth || depth == parts.size()) {
                out.add(prefix.toString());
            }
        }
        return out;
    }
}
