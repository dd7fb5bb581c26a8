package org.knowbridge.firmprofiles.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.knowbridge.platform.problem.Problem;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;
import org.knowbridge.platform.vocabulary.CountryCode;
import org.knowbridge.firmprofiles.domain.FirmProfile;
import org.knowbridge.firmprofiles.rest.FirmProfileInput;

/**
 * Turns validated input into the stored form: ISO country codes (EL and UK accepted), upper-case codes,
 * trimmed texts, lists without duplicates. Rejects what Bean Validation cannot see (unknown countries).
 */
public final class ProfileNormaliser {

    private ProfileNormaliser() {
    }

    public static FirmProfile normalise(FirmProfileInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String country = CountryCode.normalise(input.country()).orElse(null);
        if (country == null) {
            errors.add(new Problem.FieldError("country", "'" + input.country() + "' is not an ISO 3166-1 alpha-2 country"));
        }
        List<String> targets = new ArrayList<>();
        List<String> rawTargets = input.targetCountries() == null ? List.of() : input.targetCountries();
        for (int i = 0; i < rawTargets.size(); i++) {
            String target = CountryCode.normalise(rawTargets.get(i)).orElse(null);
            if (target == null) {
                errors.add(new Problem.FieldError("targetCountries[" + i + "]", "'" + rawTargets.get(i) + "' is not an ISO 3166-1 alpha-2 country"));
            } else {
                targets.add(target);
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, errors.size() + " field(s) failed validation", errors);
        }
        return new FirmProfile(input.legalName().trim(), country, upper(input.nutsRegion()), upper(input.sector()),
                input.employees(), input.turnoverEur(), input.foundingYear(), input.exportShare(), input.rdIntensity(),
                distinctTrimmed(input.knowledgeAreasOffered()), distinctTrimmed(input.knowledgeAreasSought()),
                List.copyOf(new LinkedHashSet<>(targets)), distinct(input.preferredPartnerKinds()),
                distinct(input.preferredChannels()));
    }

    private static String upper(String code) {
        return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    private static List<String> distinctTrimmed(List<String> values) {
        return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values.stream().map(String::trim).toList()));
    }

    private static <T> List<T> distinct(List<T> values) {
        return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values));
    }
}
