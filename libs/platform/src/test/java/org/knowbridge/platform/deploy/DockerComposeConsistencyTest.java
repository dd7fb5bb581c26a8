package org.knowbridge.platform.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowbridge.contracts.event.Topic;
import org.knowbridge.platform.testing.RealStack;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot run on machines without Docker, so this keeps it honest: the same versions,
 * ports, database, realm and topics as the local stack (deploy/local/stack.conf) and the services.
 */
class DockerComposeConsistencyTest {

    private static final Path ROOT = RealStack.repositoryRoot();
    private static Map<String, Object> services;
    private static Map<String, String> stack;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void parse() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        services = (Map<String, Object>) compose.get("services");
        stack = new HashMap<>();
        for (String line : Files.readAllLines(ROOT.resolve("deploy/local/stack.conf"))) {
            if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
                stack.put(
                        line.substring(0, line.indexOf('=')).trim(),
                        line.substring(line.indexOf('=') + 1).trim());
            }
        }
    }

    @Test
    void imagesAreTheVersionsTheLocalStackRuns() {
        assertEquals(
                "postgres:" + stack.get("POSTGRES_VERSION"), service("postgres").get("image"));
        assertEquals(
                "apache/kafka:" + stack.get("KAFKA_VERSION"), service("kafka").get("image"));
        assertEquals(
                "neo4j:" + stack.get("NEO4J_VERSION") + "-community",
                service("neo4j").get("image"));
        assertEquals(
                "quay.io/keycloak/keycloak:" + stack.get("KEYCLOAK_VERSION"),
                service("keycloak").get("image"));
    }

    @Test
    void hostPortsAreTheLocalStacksPorts() {
        assertPublishes("postgres", stack.get("POSTGRES_PORT"));
        assertPublishes("kafka", stack.get("KAFKA_PORT"));
        assertPublishes("neo4j", stack.get("NEO4J_BOLT_PORT"));
        assertPublishes("keycloak", stack.get("KEYCLOAK_PORT"));
    }

    @Test
    void servicesListenWhereTheirConfigurationSays() throws IOException {
        for (String name : List.of("firm-profiles", "partner-graph", "recommendations")) {
            String properties =
                    Files.readString(ROOT.resolve("services/" + name + "/src/main/resources/application.properties"));
            Matcher port = Pattern.compile("quarkus\\.http\\.port=\\$\\{KNOWBRIDGE_HTTP_PORT:(\\d+)}")
                    .matcher(properties);
            assertTrue(port.find(), name + " declares its port");
            assertPublishes(name, port.group(1));
            assertEquals(
                    port.group(1),
                    String.valueOf(env(name).get("KNOWBRIDGE_HTTP_PORT")),
                    name + " port in the container");
            // Location headers name the address clients use: the published one, not the container's.
            assertEquals(
                    "http://127.0.0.1:" + port.group(1), env(name).get("KNOWBRIDGE_PUBLIC_URL"), name + " public URL");
        }
    }

    @Test
    void databaseAndCredentialsMatch() {
        Map<String, Object> postgres = env("postgres");
        assertEquals(stack.get("POSTGRES_DB"), postgres.get("POSTGRES_DB"));
        assertEquals(stack.get("POSTGRES_USER"), postgres.get("POSTGRES_USER"));
        Map<String, Object> firmProfiles = env("firm-profiles");
        assertEquals(stack.get("POSTGRES_DB"), firmProfiles.get("KNOWBRIDGE_DB_NAME"));
        assertEquals(stack.get("POSTGRES_USER"), firmProfiles.get("KNOWBRIDGE_DB_USER"));
    }

    @Test
    void keycloakImportsTheSameRealm() throws IOException {
        assertTrue(String.valueOf(service("keycloak").get("command")).contains("--import-realm"));
        assertTrue(String.valueOf(service("keycloak").get("volumes"))
                .contains("./deploy/keycloak:/opt/keycloak/data/import"));
        String realm = Files.readString(ROOT.resolve("deploy/keycloak/knowbridge-realm.json"));
        assertTrue(
                realm.contains("\"realm\": \"" + stack.get("KEYCLOAK_REALM") + "\""),
                "realm file defines " + stack.get("KEYCLOAK_REALM"));
    }

    @Test
    void topicsComeFromTheOneTopicList() throws IOException {
        assertTrue(String.valueOf(service("kafka-topics").get("volumes")).contains("./deploy/kafka/topics.txt"));
        List<String> topics = Files.readAllLines(ROOT.resolve("deploy/kafka/topics.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\\s+")[0])
                .toList();
        assertEquals(
                Arrays.stream(Topic.values()).map(Topic::topicName).toList(),
                topics,
                "deploy/kafka/topics.txt lists exactly the Topic names");
    }

    @Test
    void servicesConfigureOnlyTopicsOfTheOneList() throws IOException {
        // SmallRye channels name their topic in configuration, where Topic cannot be used: kept equal here.
        Pattern topicSetting = Pattern.compile("^mp\\.messaging\\.[a-z]+\\.[\\w-]+\\.topic=(.+)$", Pattern.MULTILINE);
        List<String> names = Arrays.stream(Topic.values()).map(Topic::topicName).toList();
        try (var properties = Files.list(ROOT.resolve("services"))) {
            for (Path file : properties
                    .map(service -> service.resolve("src/main/resources/application.properties"))
                    .filter(Files::exists)
                    .toList()) {
                Matcher setting = topicSetting.matcher(Files.readString(file));
                while (setting.find()) {
                    assertTrue(
                            names.contains(setting.group(1).trim()),
                            file + " names a topic not in Topic: " + setting.group(0));
                }
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyLongRunningContainerHasAHealthcheckAndWaitsForHealthyDependencies() {
        services.forEach((name, definition) -> {
            Map<String, Object> service = (Map<String, Object>) definition;
            if (!"no".equals(service.get("restart"))) {
                assertNotNull(service.get("healthcheck"), name + " has a healthcheck");
            }
            Object dependsOn = service.get("depends_on");
            if (dependsOn != null) {
                ((Map<String, Map<String, Object>>) dependsOn)
                        .forEach((dependency, condition) -> assertTrue(
                                String.valueOf(condition.get("condition")).startsWith("service_"),
                                name + " waits for " + dependency + " by condition"));
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) {
        Map<String, Object> service = (Map<String, Object>) services.get(name);
        assertNotNull(service, "docker-compose.yml has a service " + name);
        return service;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> env(String name) {
        return (Map<String, Object>) service(name).get("environment");
    }

    private static void assertPublishes(String name, String hostPort) {
        String ports = String.valueOf(service(name).get("ports"));
        assertTrue(
                ports.contains("127.0.0.1:" + hostPort + ":"),
                name + " publishes host port " + hostPort + " (has " + ports + ")");
    }
}
