package org.knowbridge.introductions.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts one signed delivery. The receiver checks {@value #SIGNATURE} (HMAC-SHA256, keyed with the subscription's
 * secret, of {@code <timestamp>.<body>}) to know it came from here unchanged, {@value #TIMESTAMP} to reject old
 * replays, and {@value #DELIVERY} (the same on every retry of one delivery) to drop duplicates.
 */
@ApplicationScoped
public class WebhookSender {

    public static final String DELIVERY = "KnowBridge-Delivery";
    public static final String TIMESTAMP = "KnowBridge-Timestamp";
    public static final String SIGNATURE = "KnowBridge-Signature";
    public static final String EVENT = "KnowBridge-Event";

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    // Redirects are not followed: the URL policy was checked for this URL, not for wherever it points next.
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** The receiver's status, or an exception when it could not be reached in time. */
    public int send(URI url, UUID deliveryId, String eventType, String body, String secret, long timestamp)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "KnowBridge-Webhooks/1")
                .header(DELIVERY, deliveryId.toString())
                .header(TIMESTAMP, Long.toString(timestamp))
                .header(EVENT, eventType)
                .header(SIGNATURE, "sha256=" + signature(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Hex HMAC-SHA256 of {@code <timestamp>.<body>} keyed with the secret. */
    public static String signature(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
