package org.knowbridge.introductions.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.knowbridge.platform.problem.Problem;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;

/**
 * Where a webhook may point. In production: an absolute https URL without credentials whose host resolves only to
 * public addresses, so a subscriber cannot make this service call into its own network (loopback, private,
 * link-local, carrier-grade NAT, unique-local, multicast). {@code knowbridge.webhooks.allow-private-addresses}
 * lifts the address and https rules for local runs and tests, whose receivers are plain http on loopback. Checked
 * at registration and again before every delivery, since a name may resolve elsewhere later.
 */
@ApplicationScoped
public class WebhookUrlPolicy {

    static final int MAX_LENGTH = 2000;

    private final boolean allowPrivate;

    public WebhookUrlPolicy(
            @ConfigProperty(name = "knowbridge.webhooks.allow-private-addresses", defaultValue = "false")
                    boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** The URL, checked; a 400 problem naming {@code url} when it may not be used. */
    public URI check(String url) {
        Optional<String> wrong = problem(url);
        if (wrong.isPresent()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "url " + wrong.get(),
                    List.of(new Problem.FieldError("url", wrong.get())));
        }
        return URI.create(url.strip());
    }

    /** Why the URL may not be used, or empty when it may. */
    public Optional<String> problem(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("must be given");
        }
        if (url.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        boolean secure = scheme.equals("https");
        if (!secure && !(allowPrivate && scheme.equals("http"))) {
            return Optional.of("must be an https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry credentials");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a fragment");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(hostOf(uri));
        } catch (UnknownHostException e) {
            return Optional.of("has a host that does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("must not point to a loopback, private or link-local address ("
                        + address.getHostAddress() + ")");
            }
        }
        return Optional.empty();
    }

    private static String hostOf(URI uri) {
        String host = uri.getHost();
        // An IPv6 literal comes in brackets.
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved, broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // unique local fc00::/7
            }
            // An IPv4-mapped address is judged as the IPv4 address it maps.
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
