package org.knowbridge.platform.http;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where clients reach this service, for the links we hand out (Location): {@code knowbridge.public-url} when set
 * (behind a proxy), else the address the request arrived on. Never the Host header, which the client chooses.
 */
@ApplicationScoped
public class PublicUrl {

    private final Optional<URI> configured;
    private final CurrentVertxRequest request;

    public PublicUrl(
            @ConfigProperty(name = "knowbridge.public-url") Optional<URI> configured, CurrentVertxRequest request) {
        this.configured = configured;
        this.request = request;
    }

    /** A builder at the current request's path on the public URL; call it while the request is being handled. */
    public UriBuilder ofRequest(UriInfo uriInfo) {
        return UriBuilder.fromUri(base()).path(uriInfo.getAbsolutePath().getRawPath());
    }

    private URI base() {
        if (configured.isPresent()) {
            return configured.get();
        }
        SocketAddress local = request.getCurrent().request().localAddress();
        String host = local.hostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + local.port());
    }
}
