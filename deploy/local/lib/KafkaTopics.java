import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;

/**
 * Creates the topics of a topics file ("name partitions" per line, '#' comments) that do not exist yet,
 * in one JVM. Started by deploy/local/stack.sh with the broker's own classpath, as a single-file program:
 *
 *   java -cp 'lib/kafka/*' deploy/local/lib/KafkaTopics.java 127.0.0.1:9092 deploy/kafka/topics.txt
 *
 * (kafka-tools, which holds TopicCommand, is not published on Maven Central for every broker version.)
 * Exit code 0 when every topic exists afterwards; a topic with fewer partitions than asked is reported.
 */
public class KafkaTopics {

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: KafkaTopics <bootstrap-servers> <topics-file>");
            System.exit(2);
        }
        Map<String, Integer> wanted = read(Path.of(args[1]));

        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);

        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            wanted.forEach((name, partitions) -> {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, partitions, (short) 1));
                }
            });
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
            Map<String, TopicDescription> described =
                    admin.describeTopics(wanted.keySet()).allTopicNames().get();
            for (var entry : wanted.entrySet()) {
                int actual = described.get(entry.getKey()).partitions().size();
                boolean created = missing.stream().anyMatch(t -> t.name().equals(entry.getKey()));
                String note = actual < entry.getValue()
                        ? " (WARNING: " + entry.getValue() + " asked; partitions are never removed, add them by hand)"
                        : "";
                System.out.printf("%s %s, %d partitions%s%n",
                        created ? "created" : "exists ", entry.getKey(), actual, note);
            }
        }
    }

    private static Map<String, Integer> read(Path file) throws Exception {
        Map<String, Integer> topics = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] fields = text.split("\\s+");
            if (fields.length != 2 || !fields[1].matches("[1-9][0-9]*")) {
                throw new IllegalArgumentException(file + ": expected '<name> <partitions>', got: " + line);
            }
            topics.put(fields[0], Integer.valueOf(fields[1]));
        }
        return topics;
    }
}
