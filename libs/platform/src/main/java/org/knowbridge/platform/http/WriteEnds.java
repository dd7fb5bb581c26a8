package org.knowbridge.platform.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.knowbridge.platform.messaging.LocalWrites;

/**
 * Once a successful write under {@code /api} has been answered (its transaction committed before the answer),
 * tells the outbox relay of this instance ({@link LocalWrites}), so that its events leave now.
 */
@ApplicationScoped
public class WriteEnds {

    // Before the rate limit and the endpoints: it only adds a handler for the end of the answer.
    private static final int ORDER = 8_900;

    private final LocalWrites writes;

    public WriteEnds(LocalWrites writes) {
        this.writes = writes;
    }

    void register(@Observes Router router) {
        router.route("/api/*").order(ORDER).handler(this::watch);
    }

    private void watch(RoutingContext context) {
        if (WriteRateLimit.WRITES.contains(context.request().method())) {
            context.addEndHandler(ended -> {
                int status = context.response().getStatusCode();
                if (status >= 200 && status < 300) {
                    writes.ended();
                }
            });
        }
        context.next();
    }
}
