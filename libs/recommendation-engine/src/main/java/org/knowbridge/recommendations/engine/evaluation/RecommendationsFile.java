package org.knowbridge.recommendations.engine.evaluation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the protocol's recommendations file: {@code firm_id,rank,partner_id,score}, rank 1 best. */
public final class RecommendationsFile {

    private RecommendationsFile() {}

    /** One scored partner of a firm. */
    public record Row(String partnerId, double score) {}

    /** @param lists per firm id, partners best first */
    public static void write(Path file, Map<String, List<Row>> lists) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("firm_id,rank,partner_id,score\n");
                for (Map.Entry<String, List<Row>> e : lists.entrySet()) {
                    List<Row> rows = e.getValue();
                    for (int r = 0; r < rows.size(); r++) {
                        w.write(e.getKey() + "," + (r + 1) + "," + rows.get(r).partnerId() + ","
                                + String.format(Locale.ROOT, "%.6f", rows.get(r).score()) + "\n");
                    }
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write " + file, ex);
        }
    }
}
