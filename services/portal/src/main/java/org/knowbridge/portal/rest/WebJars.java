package org.knowbridge.portal.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The versions of the browser libraries on the class path (web jars, pinned in the pom), read from their own
 * Maven metadata, so the pages name the files the build really holds.
 */
@ApplicationScoped
@Named("webJars")
public class WebJars {

    private final String cytoscapeVersion = version("org.webjars.npm", "cytoscape");

    public String getCytoscapeVersion() {
        return cytoscapeVersion;
    }

    static String version(String group, String artifact) {
        String resource = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = WebJars.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The web jar " + artifact + " is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
