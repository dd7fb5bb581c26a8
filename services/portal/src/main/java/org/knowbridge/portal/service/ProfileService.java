package org.knowbridge.portal.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.knowbridge.portal.client.FirmProfilesApi;
import org.knowbridge.portal.domain.Firm;
import org.knowbridge.portal.domain.ProfileForm;

/** The signed-in SME's own profile: read with its version, changed only over the version it was read at. */
@RequestScoped
public class ProfileService {

    private final FirmProfilesApi firms;
    private final SignedInUser user;

    ProfileService(@RestClient FirmProfilesApi firms, SignedInUser user) {
        this.firms = firms;
        this.user = user;
    }

    /** The profile and the ETag a change must carry. */
    public Versioned read() {
        try (Response response = firms.firm(firmId())) {
            return new Versioned(response.readEntity(Firm.class), response.getHeaderString(HttpHeaders.ETAG));
        }
    }

    /**
     * Lays the form over the profile and saves it, provided the profile is still at {@code etag}: a change made
     * meanwhile (by the firm's agency, say) makes the service refuse with 412 rather than be overwritten.
     */
    public Firm save(String etag, ProfileForm form) {
        Firm current = read().firm();
        return firms.replace(firmId(), etag, form.over(current));
    }

    public Firm submit() {
        return firms.submit(firmId());
    }

    private String firmId() {
        return user.firmId().orElseThrow(NotAnSme::new);
    }

    /** A firm as read, with the version it was read at. */
    public record Versioned(Firm firm, String etag) {}
}
