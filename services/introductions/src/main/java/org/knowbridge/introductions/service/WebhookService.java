package org.knowbridge.introductions.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.knowbridge.introductions.domain.Webhook;
import org.knowbridge.introductions.domain.WebhookDelivery;
import org.knowbridge.introductions.domain.WebhookStatus;
import org.knowbridge.introductions.repository.WebhookRepository;
import org.knowbridge.platform.http.TokenBuckets;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;

/**
 * Webhook subscriptions of partners and agencies. A subscription receives the notifications of its owner's
 * audience only, the same rule as the inbox, so it never receives an object its owner may not see. Its secret is
 * made here and shown once. An admin sees, resumes and deletes any; another owner's subscription is answered as
 * absent (404).
 */
@ApplicationScoped
public class WebhookService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookRepository webhooks;
    private final NotificationAccess access;
    private final WebhookUrlPolicy urls;
    private final int maxPerOwner;
    // Creating is rarer than other writes: its own, smaller bucket per caller, on top of the platform's limit.
    private final TokenBuckets creations;

    public WebhookService(
            WebhookRepository webhooks,
            NotificationAccess access,
            WebhookUrlPolicy urls,
            @ConfigProperty(name = "knowbridge.webhooks.max-per-owner", defaultValue = "20") int maxPerOwner,
            @ConfigProperty(name = "knowbridge.webhooks.creations-per-minute", defaultValue = "10")
                    long creationsPerMinute) {
        this.webhooks = webhooks;
        this.access = access;
        this.urls = urls;
        this.maxPerOwner = maxPerOwner;
        this.creations = new TokenBuckets(creationsPerMinute, creationsPerMinute, System::nanoTime);
    }

    public Uni<Webhook> create(WebhookInput input) {
        String audience = access.audience();
        String url = urls.check(input.url()).toString();
        Optional<Duration> wait = creations.tryAcquire(audience + " " + access.username());
        if (wait.isPresent()) {
            throw new ProblemException(
                    ProblemType.TOO_MANY_REQUESTS,
                    "Too many webhooks created; try again in "
                            + Math.max(1, wait.get().toSeconds()) + " seconds");
        }
        return webhooks.countOf(audience).chain(count -> {
            if (count >= maxPerOwner) {
                throw new ProblemException(
                        ProblemType.CONFLICT,
                        "Your organisation has " + count + " webhooks, the most allowed (" + maxPerOwner
                                + "): delete one first");
            }
            Webhook webhook = new Webhook(
                    UUID.randomUUID(),
                    audience,
                    access.username(),
                    url,
                    input.eventTypes().stream().distinct().toList(),
                    secret(),
                    WebhookStatus.ACTIVE,
                    null,
                    0,
                    NotificationService.now());
            return webhooks.insert(webhook).replaceWith(webhook);
        });
    }

    public Uni<List<Webhook>> list(int limit) {
        return webhooks.list(access.seesAllWebhooks() ? null : access.webhookAudience(), limit);
    }

    public Uni<Void> delete(UUID id) {
        return owned(id).chain(webhook -> webhooks.delete(webhook.id()));
    }

    public Uni<List<WebhookDelivery>> deliveries(UUID id, Long cursor, int limit) {
        return owned(id).chain(webhook -> webhooks.deliveries(webhook.id(), cursor, limit));
    }

    /** Sends a delivery again, as a new delivery (its own id) after what is pending for the same object. */
    public Uni<WebhookDelivery> redeliver(UUID id, UUID deliveryId) {
        return owned(id)
                .chain(webhook -> webhooks.delivery(webhook.id(), deliveryId))
                .chain(delivery -> {
                    if (delivery == null) {
                        throw ProblemException.notFound("Delivery", deliveryId);
                    }
                    return webhooks.redeliver(delivery, NotificationService.now());
                });
    }

    /** Active again; what it collected while paused is sent, oldest first. */
    public Uni<Webhook> resume(UUID id) {
        OffsetDateTime now = NotificationService.now();
        return owned(id).chain(webhook -> webhooks.resume(webhook.id(), now)).chain(() -> webhooks.find(id));
    }

    private Uni<Webhook> owned(UUID id) {
        // Read before the lookup: the caller's claims belong to the request, the callback may run elsewhere.
        boolean admin = access.seesAllWebhooks();
        String audience = access.webhookAudience();
        return webhooks.find(id).map(webhook -> {
            if (webhook == null || !(admin || Objects.equals(webhook.audience(), audience))) {
                throw ProblemException.notFound("Webhook", id);
            }
            return webhook;
        });
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
