package org.knowbridge.firmprofiles.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.knowbridge.contracts.vocabulary.CountryCode;
import org.knowbridge.contracts.vocabulary.NaceCodes;
import org.knowbridge.firmprofiles.domain.FirmProfile;

/**
 * Turns validated input into the stored form: the platform's country codes, upper-case codes, trimmed
 * texts, lists without duplicates.
 */
public final class ProfileNormaliser {

    private ProfileNormaliser() {}

    public static FirmProfile normalise(FirmProfileInput input) {
        String country = CountryCode.of(input.country());
        List<String> targets = input.targetCountries() == null
                ? List.of()
                : input.targetCountries().stream().map(CountryCode::of).toList();
        return new FirmProfile(
                input.legalName().trim(),
                country,
                upper(input.nutsRegion()),
                NaceCodes.withSection(input.sector()),
                input.employees(),
                input.turnoverEur(),
                input.foundingYear(),
                input.exportShare(),
                input.rdIntensity(),
                distinctTrimmed(input.knowledgeAreasOffered()),
                distinctTrimmed(input.knowledgeAreasSought()),
                List.copyOf(new LinkedHashSet<>(targets)),
                distinct(input.preferredPartnerKinds()),
                distinct(input.preferredChannels()));
    }

    private static String upper(String code) {
        return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    private static List<String> distinctTrimmed(List<String> values) {
        return values == null
                ? List.of()
                : List.copyOf(
                        new LinkedHashSet<>(values.stream().map(String::trim).toList()));
    }

    private static <T> List<T> distinct(List<T> values) {
        return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values));
    }
}
