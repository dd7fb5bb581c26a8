package org.knowbridge.introductions.service;

import org.knowbridge.introductions.domain.Introduction;
import org.knowbridge.introductions.domain.MirroredFirm;
import org.knowbridge.introductions.domain.PartnerOrganisation;

/**
 * An introduction with what its views are built from, and the caller's side of it.
 *
 * @param requester     the requesting firm as last published (null if not mirrored)
 * @param recipientFirm the organisation when it is a platform firm, else null
 * @param partner       the organisation when it is a registered partner, else null
 */
public record IntroductionDetails(
        Introduction introduction,
        MirroredFirm requester,
        MirroredFirm recipientFirm,
        PartnerOrganisation partner,
        boolean requesterSide,
        boolean recipientSide) {

    /** The anonymity rule: until the recipient accepts, only the requester side may know who asked. */
    public boolean requesterDisclosed() {
        return requesterSide || introduction.state.accepted();
    }

    /** Contacts are exchanged both ways on acceptance, never before. */
    public boolean contactsShared() {
        return introduction.state.accepted();
    }
}
