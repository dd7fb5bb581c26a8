package org.knowbridge.introductions.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.knowbridge.introductions.client.WebhookSender;
import org.knowbridge.introductions.domain.WebhookDelivery;
import org.knowbridge.introductions.repository.WebhookRepository;
import org.knowbridge.platform.background.BatchPoller;

/**
 * Sends due webhook deliveries from the deliveries table, every {@code knowbridge.webhooks.poll}, on its own
 * thread. A failed attempt is retried after {@code retry-base}, doubling up to {@code retry-max}, for
 * {@code retry-period} after the delivery was made; then it is FAILED (and can be redelivered by hand). A
 * subscription that failed {@code pause-after} attempts in a row is paused with the reason. Deliveries of one
 * object go in order: the next waits until the previous one is delivered or given up.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final int BATCH = 50;
    /** A claimed delivery is not sent by anyone else for this long: longer than any attempt takes. */
    private static final Duration LEASE = Duration.ofSeconds(60);

    private static final Duration DB_TIMEOUT = Duration.ofSeconds(30);

    private final WebhookRepository webhooks;
    private final WebhookSender sender;
    private final WebhookUrlPolicy urls;
    private final Duration retryBase;
    private final Duration retryMax;
    private final Duration retryPeriod;
    private final int pauseAfter;
    private final BatchPoller poller;

    public WebhookDispatcher(
            WebhookRepository webhooks,
            WebhookSender sender,
            WebhookUrlPolicy urls,
            @ConfigProperty(name = "knowbridge.webhooks.poll") Duration poll,
            @ConfigProperty(name = "knowbridge.webhooks.retry-base") Duration retryBase,
            @ConfigProperty(name = "knowbridge.webhooks.retry-max") Duration retryMax,
            @ConfigProperty(name = "knowbridge.webhooks.retry-period") Duration retryPeriod,
            @ConfigProperty(name = "knowbridge.webhooks.pause-after") int pauseAfter) {
        this.webhooks = webhooks;
        this.sender = sender;
        this.urls = urls;
        this.retryBase = retryBase;
        this.retryMax = retryMax;
        this.retryPeriod = retryPeriod;
        this.pauseAfter = pauseAfter;
        this.poller = new BatchPoller("webhook-dispatcher", poll, BATCH, this::sendDue);
    }

    void start(@Observes StartupEvent event) {
        poller.start();
    }

    void stop(@Observes ShutdownEvent event) {
        poller.stop();
    }

    /** One batch; the number claimed. */
    int sendDue() throws InterruptedException {
        OffsetDateTime now = NotificationService.now();
        List<WebhookRepository.Due> due =
                webhooks.claimDue(now, now.plus(LEASE), BATCH).await().atMost(DB_TIMEOUT);
        Set<UUID> paused = new HashSet<>();
        for (WebhookRepository.Due claimed : due) {
            WebhookDelivery delivery = claimed.delivery();
            if (paused.contains(delivery.subscriptionId())) {
                continue; // due again when it is resumed
            }
            if (attempt(claimed)) {
                paused.add(delivery.subscriptionId());
            }
        }
        return due.size();
    }

    /** Sends one delivery and records how it went; true when the failure paused its subscription. */
    private boolean attempt(WebhookRepository.Due claimed) throws InterruptedException {
        WebhookDelivery delivery = claimed.delivery();
        Integer status = null;
        String error;
        Optional<String> refused = urls.problem(claimed.url());
        if (refused.isPresent()) {
            error = "url " + refused.get();
        } else {
            try {
                status = sender.send(
                        URI.create(claimed.url()),
                        delivery.id(),
                        delivery.eventType().name(),
                        delivery.payload(),
                        claimed.secret(),
                        System.currentTimeMillis() / 1000);
                if (status >= 200 && status < 300) {
                    webhooks.delivered(delivery.id(), delivery.subscriptionId(), status, NotificationService.now())
                            .await()
                            .atMost(DB_TIMEOUT);
                    return false;
                }
                error = "the receiver answered HTTP " + status;
            } catch (java.io.IOException e) {
                error = "the receiver could not be reached: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + e.getMessage());
            }
        }
        error = error.length() > 450 ? error.substring(0, 450) : error;
        OffsetDateTime now = NotificationService.now();
        OffsetDateTime retryAt = now.plus(backoff(delivery.attempts() + 1));
        if (retryAt.isAfter(delivery.createdAt().plus(retryPeriod))) {
            retryAt = null; // given up: the log says why, and it can be redelivered by hand
        }
        String reason = "Paused after " + pauseAfter + " failed deliveries in a row; the last: " + error;
        return webhooks.failed(delivery.id(), delivery.subscriptionId(), status, error, retryAt, pauseAfter, reason)
                .await()
                .atMost(DB_TIMEOUT);
    }

    /** retry-base, doubled for each attempt already failed, at most retry-max. */
    Duration backoff(int failedAttempts) {
        Duration wait = retryBase;
        for (int i = 1; i < failedAttempts && wait.compareTo(retryMax) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(retryMax) > 0 ? retryMax : wait;
    }
}
