package org.knowbridge.recommendations.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a small data set in the evaluation format: organisations in a few countries and communities,
 * projects formed mostly inside a community, over the given years.
 */
public final class SyntheticCordis {

    private SyntheticCordis() {}

    public static void write(Path dir, int fromYear, int untilYear, long seed) {
        Random random = new Random(seed);
        String[] countries = {"FI", "DE", "FR", "ES", "IT"};
        String[] types = {"FIRM", "UNIVERSITY", "RESEARCH", "PUBLIC_BODY", "OTHER"};
        String[] areas = {
            "/natural sciences/chemical sciences/catalysis",
            "/engineering and technology/materials engineering/coating and films",
            "/medical and health sciences/clinical medicine/oncology",
            "/agricultural sciences/agriculture/soil science"
        };
        int orgs = 120;
        List<String> orgRows = new ArrayList<>();
        orgRows.add("id,name,country,type,sme,city,nuts");
        for (int i = 0; i < orgs; i++) {
            String type = types[i % types.length];
            boolean sme = type.equals("FIRM") && i % 2 == 0;
            orgRows.add((1000 + i) + ",\"Org " + i + ", Ltd \"\"quoted\"\"\"," + countries[i % countries.length] + ","
                    + type + "," + sme + ",City " + i + ",");
        }
        List<String> projectRows = new ArrayList<>();
        projectRows.add("id,acronym,year,programme,topic,knowledge_areas");
        List<String> participationRows = new ArrayList<>();
        participationRows.add("project_id,organisation_id,year,role");
        int project = 0;
        for (int year = fromYear; year <= untilYear; year++) {
            for (int p = 0; p < 60; p++, project++) {
                int community = random.nextInt(areas.length);
                String id = String.valueOf(500000 + year * 1000 + p);
                projectRows.add(id + ",P" + project + "," + year + ",HORIZON,HORIZON-CL" + (community + 1) + "-" + year
                        + "-0" + (p % 3 + 1) + "," + areas[community]);
                int size = 2 + random.nextInt(5);
                java.util.Set<Integer> members = new java.util.LinkedHashSet<>();
                while (members.size() < size) {
                    // mostly organisations of the project's community (i % 4), sometimes anyone
                    int o = random.nextDouble() < 0.8 ? community + 4 * random.nextInt(orgs / 4) : random.nextInt(orgs);
                    members.add(o);
                }
                boolean first = true;
                for (int o : members) {
                    participationRows.add(
                            id + "," + (1000 + o) + "," + year + "," + (first ? "COORDINATOR" : "PARTICIPANT"));
                    first = false;
                }
            }
        }
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve("organisations.csv"), orgRows);
            Files.write(dir.resolve("projects.csv"), projectRows);
            Files.write(dir.resolve("participations.csv"), participationRows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
