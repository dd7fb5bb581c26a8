package org.knowbridge.partnergraph.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.knowbridge.contracts.vocabulary.Outcome;
import org.knowbridge.partnergraph.domain.Collaboration;
import org.knowbridge.partnergraph.domain.Organisation;
import org.knowbridge.partnergraph.event.GraphEvents;
import org.knowbridge.partnergraph.repository.CollaborationRepository;
import org.knowbridge.partnergraph.repository.OrganisationRepository;
import org.knowbridge.platform.problem.Problem;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;
import org.knowbridge.platform.security.Caller;

@ApplicationScoped
public class CollaborationService {

    private final CollaborationRepository collaborations;
    private final OrganisationRepository organisations;
    private final GraphEvents events;
    private final CollaborationAccess access;

    public CollaborationService(
            CollaborationRepository collaborations,
            OrganisationRepository organisations,
            GraphEvents events,
            CollaborationAccess access) {
        this.collaborations = collaborations;
        this.organisations = organisations;
        this.events = events;
        this.access = access;
    }

    public Collaboration record(CollaborationInput input, Caller caller) {
        List<String> keys = input.parties().stream()
                .map(CollaborationInput.PartyInput::organisationKey)
                .toList();
        if (keys.get(0).equals(keys.get(1))) {
            throw invalid(
                    "An organisation cannot collaborate with itself",
                    "parties[1].organisationKey",
                    "must differ from parties[0].organisationKey");
        }
        checkYears(input.startYear(), input.endYear());
        access.requireMayRecord(caller, keys);
        requireExisting(keys);
        Collaboration collaboration = new Collaboration(
                "collab:" + UUID.randomUUID(),
                input.channel(),
                input.startYear(),
                input.endYear(),
                input.outcome() == null ? Outcome.UNKNOWN : input.outcome(),
                access.sourceOfRecord(caller),
                input.parties().stream()
                        .map(p -> new Collaboration.Party(p.organisationKey(), p.partnerKind()))
                        .toList());
        collaborations.record(collaboration, events.collaborationRecorded(collaboration));
        return collaboration;
    }

    public Collaboration end(String key, EndCollaborationInput input, Caller caller) {
        Collaboration current = collaborations
                .findByKey(key)
                .filter(c -> access.mayEnd(caller, c))
                .orElseThrow(() -> ProblemException.notFound("Collaboration", key));
        if (current.ended()) {
            throw new ProblemException(
                    ProblemType.CONFLICT, "Collaboration " + key + " ended in " + current.endYear() + " already");
        }
        checkYears(current.startYear(), input.endYear());
        Collaboration ended = new Collaboration(
                current.key(),
                current.channel(),
                current.startYear(),
                input.endYear(),
                input.outcome() == null ? current.outcome() : input.outcome(),
                current.source(),
                current.parties());
        if (!collaborations.end(ended, events.collaborationEnded(ended))) {
            throw new ProblemException(ProblemType.CONFLICT, "Collaboration " + key + " was ended meanwhile");
        }
        return ended;
    }

    /** The collaboration, when the caller may see it: a 404 otherwise, so keys of others' collaborations leak nothing. */
    public Collaboration find(String key, Caller caller) {
        return collaborations
                .findVisible(key, access.viewer(caller))
                .filter(c -> access.mayRead(caller, c))
                .orElseThrow(() -> ProblemException.notFound("Collaboration", key));
    }

    private void requireExisting(List<String> keys) {
        Map<String, Organisation> found = organisations.findByKeys(keys);
        List<Problem.FieldError> missing = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (!found.containsKey(keys.get(i))) {
                missing.add(new Problem.FieldError(
                        "parties[" + i + "].organisationKey", "no organisation '" + keys.get(i) + "'"));
            }
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(
                    ProblemType.NOT_FOUND, "A party of the collaboration is not a known organisation", missing);
        }
    }

    private static void checkYears(int startYear, Integer endYear) {
        if (endYear != null && endYear < startYear) {
            throw invalid(
                    "A collaboration cannot end before it started",
                    "endYear",
                    "must not be before startYear " + startYear);
        }
    }

    private static ProblemException invalid(String detail, String field, String message) {
        return new ProblemException(
                ProblemType.VALIDATION_FAILED, detail, List.of(new Problem.FieldError(field, message)));
    }
}
