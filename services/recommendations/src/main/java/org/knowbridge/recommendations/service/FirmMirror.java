package org.knowbridge.recommendations.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.knowbridge.recommendations.domain.Firm;
import org.knowbridge.recommendations.domain.RefreshCause;
import org.knowbridge.recommendations.repository.FirmDirectory;

/**
 * Keeps this service's copy of the platform's firms as firm-profiles' events tell it, and the suggestions
 * published for them current: a known firm that changed in a way ranking reads is ranked again at once.
 */
@ApplicationScoped
public class FirmMirror {

    private final FirmDirectory firms;
    private final RecommendationRefresher refresher;

    public FirmMirror(FirmDirectory firms, RecommendationRefresher refresher) {
        this.firms = firms;
        this.refresher = refresher;
    }

    /**
     * The firm's latest state.
     *
     * @param live false while the topic is replayed at start-up: nothing is ranked again then
     */
    public void put(Firm firm, boolean live) {
        Optional<Firm> before = firms.put(firm);
        if (before.isPresent() && before.get().listed() != firm.listed()) {
            // Other firms' lists may suggest or name it (or have left it out): none of them holds any more.
            refresher.visibilityChanged();
        }
        if (live && before.isPresent() && !firm.ranksLike(before.get())) {
            refresher.firmChanged(firm.firmId(), RefreshCause.FIRM_CHANGED);
        }
    }

    public void erase(String firmId) {
        firms.erase(firmId);
        refresher.firmErased(firmId);
    }
}
