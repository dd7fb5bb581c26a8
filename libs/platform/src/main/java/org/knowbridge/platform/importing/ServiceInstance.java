package org.knowbridge.platform.importing;

import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Names this running service among those sharing the same store, the same across its restarts: the host and HTTP
 * port (no two live processes share both), or {@code knowbridge.instance-id} where that is not stable.
 * A restarted instance knows by it which stored jobs were its own and died with it. With a random port (tests)
 * there is no such name, so each run gets a unique one and relies on the stale heartbeat alone.
 */
@ApplicationScoped
public class ServiceInstance {

    private final String id;

    public ServiceInstance(
            @ConfigProperty(name = "knowbridge.instance-id") Optional<String> configured,
            @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port,
            @ConfigProperty(name = "quarkus.http.test-port", defaultValue = "8081") int testPort) {
        int listening = LaunchMode.current() == LaunchMode.TEST ? testPort : port;
        this.id =
                configured.orElseGet(() -> host() + ":" + (listening == 0 ? "random-" + UUID.randomUUID() : listening));
    }

    public String id() {
        return id;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
