package org.knowbridge.contracts.event;

import java.util.List;
import java.util.Optional;
import org.knowbridge.contracts.vocabulary.EnumNames;
import org.knowbridge.contracts.vocabulary.FirmStatus;
import org.knowbridge.contracts.vocabulary.SizeClass;

/**
 * The data of FirmRegistered, FirmUpdated and FirmPublished ({@code api-specs/events/FirmSnapshot.schema.json}):
 * the firm's state after the change, so a consumer needs no other event to mirror it (and a replayed event
 * changes nothing). Consumers read the fields they need and ignore the others.
 *
 * @param sizeClass             a {@link SizeClass} name; null when not known
 * @param status                a {@link FirmStatus} name
 * @param preferredPartnerKinds the kinds of partner it prefers (what recommendations favour), empty for any
 * @param preferredChannels     the ways of working with a partner it prefers, empty for any
 * @param onboardedBy the org_id of the agency that onboarded the firm, null when the SME registered itself:
 *                    lets partner-graph limit an agency to its own firms
 * @param externalId  the firm's id in another register (e.g. {@code cordis:999908587}), null when none: lets
 *                    partner-graph tie the firm to the node it imported from that register
 * @param introductionContact who to contact about an accepted introduction, as the firm consented to share it
 *                    then; null when it did not (or withdrew). Only introductions reads it, and shows it to the other
 *                    side of an introduction once accepted.
 */
public record FirmSnapshot(
        String firmId,
        String legalName,
        String country,
        String sector,
        String sizeClass,
        String status,
        List<String> knowledgeAreasOffered,
        List<String> knowledgeAreasSought,
        List<String> targetCountries,
        List<String> preferredPartnerKinds,
        List<String> preferredChannels,
        boolean listed,
        String onboardedBy,
        String externalId,
        IntroductionContact introductionContact) {

    /** Events written before a list existed lack it: read as empty. */
    public FirmSnapshot {
        knowledgeAreasOffered = orEmpty(knowledgeAreasOffered);
        knowledgeAreasSought = orEmpty(knowledgeAreasSought);
        targetCountries = orEmpty(targetCountries);
        preferredPartnerKinds = orEmpty(preferredPartnerKinds);
        preferredChannels = orEmpty(preferredChannels);
    }

    /** A firm's contact for accepted introductions; {@code phone} may be null. */
    public record IntroductionContact(String name, String role, String email, String phone) {}

    /** The size class, when this version knows the name sent. */
    public Optional<SizeClass> knownSizeClass() {
        return EnumNames.parse(SizeClass.class, sizeClass);
    }

    /** The status, when this version knows the name sent. */
    public Optional<FirmStatus> knownStatus() {
        return EnumNames.parse(FirmStatus.class, status);
    }

    /** Firm profiles are SMEs unless their size class says LARGE: an unknown size counts as an SME. */
    public boolean countsAsSme() {
        return knownSizeClass().orElse(null) != SizeClass.LARGE;
    }

    /** Whether partners may see the firm: published, and listed by its consent (firm-profiles' own rule). */
    public boolean visibleToPartners() {
        return knownStatus().orElse(null) == FirmStatus.PUBLISHED && listed;
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
