package org.knowbridge.recommendations.domain;

import java.util.List;
import java.util.Set;
import org.knowbridge.contracts.event.CollaborationRecorded;
import org.knowbridge.contracts.event.OrganisationUpserted;
import org.knowbridge.contracts.vocabulary.CountryCode;
import org.knowbridge.contracts.vocabulary.EnumNames;
import org.knowbridge.contracts.vocabulary.KnowledgeChannel;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.contracts.vocabulary.Outcome;
import org.knowbridge.contracts.vocabulary.PartnerKind;
import org.knowbridge.recommendations.engine.model.Collaboration;
import org.knowbridge.recommendations.engine.model.Organisation;
import org.knowbridge.recommendations.engine.model.Participant;

/**
 * partner-graph's organisations and bilateral collaborations (its events' payloads, whose fields its bulk
 * export's lines share) as the engine's model, read in this one place. A value this version does not know
 * falls back to a neutral one rather than dropping what a newer partner-graph sends.
 */
public final class GraphJson {

    private GraphJson() {}

    /**
     * An organisation: its type as stored (the legacy FIRM is a company; a type this version does not know is
     * OTHER); firms have no kind of their own until a collaboration says; an unknown country is "".
     */
    public static Organisation organisation(OrganisationUpserted o, List<String> knowledgeAreas) {
        return new Organisation(
                o.key(),
                o.name() == null ? "" : o.name(),
                CountryCode.normalise(o.country()).orElse(""),
                OrganisationType.stored(o.type()).orElse(OrganisationType.OTHER),
                o.sme(),
                Set.copyOf(knowledgeAreas),
                o.sector());
    }

    /** A collaboration with its two parties and the kind each is to the other; running while endYear is null. */
    public static Collaboration collaboration(CollaborationRecorded c, List<String> knowledgeAreas) {
        List<Participant> parties = c.parties().stream()
                .map(p -> new Participant(
                        p.organisationKey(),
                        EnumNames.parse(PartnerKind.class, p.partnerKind()).orElse(null)))
                .toList();
        return new Collaboration(
                c.key(),
                c.startYear(),
                EnumNames.parse(KnowledgeChannel.class, c.channel()).orElse(KnowledgeChannel.PROJECT_EXCHANGE),
                outcome(c.outcome()),
                parties,
                Set.copyOf(knowledgeAreas),
                "",
                c.endYear() == null ? 0 : c.endYear());
    }

    public static Outcome outcome(String outcome) {
        return EnumNames.parse(Outcome.class, outcome).orElse(Outcome.UNKNOWN);
    }
}
