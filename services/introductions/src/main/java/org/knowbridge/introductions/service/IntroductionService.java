package org.knowbridge.introductions.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.knowbridge.contracts.vocabulary.IntroductionDeclineReason;
import org.knowbridge.contracts.vocabulary.OrganisationType;
import org.knowbridge.introductions.domain.Introduction;
import org.knowbridge.introductions.domain.IntroductionState;
import org.knowbridge.introductions.domain.MirroredFirm;
import org.knowbridge.introductions.domain.Outcome;
import org.knowbridge.introductions.domain.Route;
import org.knowbridge.introductions.event.IntroductionEvents;
import org.knowbridge.introductions.repository.FirmMirrorRepository;
import org.knowbridge.introductions.repository.IntroductionRepository;
import org.knowbridge.introductions.repository.PartnerRepository;
import org.knowbridge.platform.problem.Problem;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;

/**
 * Introduction use cases; every transition and its event commit in one transaction. A command repeated on an
 * introduction already in the state it asks for changes nothing and emits nothing.
 */
@ApplicationScoped
public class IntroductionService {

    private final IntroductionRepository introductions;
    private final FirmMirrorRepository firms;
    private final PartnerRepository partners;
    private final IntroductionEvents events;
    private final IntroductionAccess access;
    private final int maxOpenPerFirm;
    private final Duration expireAfter;

    public IntroductionService(
            IntroductionRepository introductions,
            FirmMirrorRepository firms,
            PartnerRepository partners,
            IntroductionEvents events,
            IntroductionAccess access,
            @ConfigProperty(name = "knowbridge.introductions.max-open-per-firm") int maxOpenPerFirm,
            @ConfigProperty(name = "knowbridge.introductions.expire-after") Duration expireAfter) {
        this.introductions = introductions;
        this.firms = firms;
        this.partners = partners;
        this.events = events;
        this.access = access;
        this.maxOpenPerFirm = maxOpenPerFirm;
        this.expireAfter = expireAfter;
    }

    /**
     * A firm asks to be introduced. Delivered to the organisation when it is represented on the platform (a firm
     * firm-profiles published, or a partner that registered here), else to the firm's onboarding agency as broker.
     */
    @WithTransaction
    public Uni<IntroductionDetails> request(IntroductionInput input) {
        Uni<MirroredFirm> named = input.firmId() == null ? Uni.createFrom().nullItem() : firms.findById(input.firmId());
        return named.chain(namedFirm -> {
            String firmId = access.requestingFirm(input.firmId(), namedFirm);
            if (firmId.equals(input.organisationKey())) {
                throw invalid("organisationKey", "must be another organisation than the requesting firm");
            }
            return firms.findById(firmId).chain(requester -> {
                if (requester == null) {
                    throw new ProblemException(
                            ProblemType.CONFLICT,
                            "Firm " + firmId + " is not known here yet: its profile reaches introductions once "
                                    + "firm-profiles has published it; try again shortly");
                }
                return introductions
                        .findOpen(firmId, input.organisationKey())
                        .chain(open -> {
                            if (open != null) {
                                throw new ProblemException(
                                        ProblemType.CONFLICT,
                                        "Firm " + firmId + " already has an open request (" + open.id + ") to "
                                                + input.organisationKey() + ": wait for its answer or withdraw it");
                            }
                            return introductions.countOpen(firmId);
                        })
                        .chain(count -> {
                            if (count >= maxOpenPerFirm) {
                                throw new ProblemException(
                                        ProblemType.CONFLICT,
                                        "Firm " + firmId + " has " + count + " open requests, the most allowed ("
                                                + maxOpenPerFirm + "), so that organisations are not flooded: "
                                                + "wait for answers or withdraw one first");
                            }
                            return route(input, requester);
                        });
            });
        });
    }

    private Uni<IntroductionDetails> route(IntroductionInput input, MirroredFirm requester) {
        return firms.findById(input.organisationKey())
                .chain(recipientFirm -> partners.findById(input.organisationKey())
                        .chain(partner -> {
                            Introduction introduction = new Introduction();
                            introduction.id = UUID.randomUUID();
                            introduction.firmId = requester.id;
                            introduction.organisationKey = input.organisationKey();
                            // An unlisted (e.g. unpublished) firm stays hidden: asked by its key, it is answered
                            // as an organisation not on the platform, unless the caller may see it anyway.
                            boolean firmReachable =
                                    recipientFirm != null && (recipientFirm.listed || access.maySee(recipientFirm));
                            if (firmReachable || partner != null) {
                                introduction.route = Route.ORGANISATION;
                            } else if (requester.onboardedBy != null) {
                                introduction.route = Route.BROKER;
                                introduction.brokerAgency = requester.onboardedBy;
                            } else {
                                throw new ProblemException(
                                        ProblemType.CONFLICT,
                                        input.organisationKey() + " is not represented on the platform, and firm "
                                                + requester.id
                                                + " has no onboarding agency to broker the introduction");
                            }
                            List<String> reasons =
                                    input.suggestionReasons() == null ? List.of() : input.suggestionReasons();
                            introduction.state = IntroductionState.REQUESTED;
                            introduction.channel = input.channel();
                            introduction.offers = input.offers().strip();
                            introduction.seeks = input.seeks().strip();
                            introduction.message = input.message().strip();
                            introduction.suggestionReasons = reasons.toArray(String[]::new);
                            introduction.fromSuggestion = !reasons.isEmpty();
                            introduction.requestedBy = access.username();
                            OffsetDateTime now = now();
                            introduction.requestedAt = now;
                            introduction.changedAt = now;
                            introduction.expiresAt = now.plus(expireAfter);
                            // What the indicators count the request under: only what is known of it now.
                            if (recipientFirm != null) {
                                introduction.organisationCountry = recipientFirm.country;
                                introduction.organisationType = OrganisationType.COMPANY.name();
                            } else if (partner != null) {
                                introduction.organisationCountry = partner.country;
                                introduction.organisationType = partner.organisationType;
                            }
                            return introductions
                                    .persist(introduction)
                                    .call(introductions::flush)
                                    .call(events::changed)
                                    .replaceWith(new IntroductionDetails(
                                            introduction, requester, recipientFirm, partner, true, false));
                        }));
    }

    @WithSession
    public Uni<IntroductionDetails> find(UUID id) {
        return details(id);
    }

    @WithSession
    public Uni<List<IntroductionDetails>> sent(IntroductionState state, int limit) {
        IntroductionAccess.SentScope scope = access.sentScope();
        return introductions
                .sent(scope.firmId(), scope.onboardingAgency(), state, limit)
                .chain(this::withDetails);
    }

    @WithSession
    public Uni<List<IntroductionDetails>> received(IntroductionState state, int limit) {
        IntroductionAccess.ReceivedScope scope = access.receivedScope();
        return introductions
                .received(scope.organisationKeys(), scope.onboardingAgency(), scope.brokerAgency(), state, limit)
                .chain(this::withDetails);
    }

    @WithTransaction
    public Uni<IntroductionDetails> accept(UUID id) {
        return recipient(id).chain(details -> {
            Introduction introduction = details.introduction();
            if (introduction.state.accepted()) {
                return Uni.createFrom().item(details);
            }
            requireOpen(introduction, "accepted");
            introduction.answeredAt = now();
            return transition(details, IntroductionState.ACCEPTED);
        });
    }

    @WithTransaction
    public Uni<IntroductionDetails> decline(UUID id, DeclineInput input) {
        String text = input.text() == null || input.text().isBlank()
                ? null
                : input.text().strip();
        if (input.reason() == IntroductionDeclineReason.OTHER && text == null) {
            throw invalid("text", "must say why when the reason is OTHER");
        }
        return recipient(id).chain(details -> {
            Introduction introduction = details.introduction();
            if (introduction.state == IntroductionState.DECLINED
                    && introduction.declineReason == input.reason()
                    && Objects.equals(introduction.declineText, text)) {
                return Uni.createFrom().item(details);
            }
            requireOpen(introduction, "declined");
            introduction.declineReason = input.reason();
            introduction.declineText = text;
            introduction.answeredAt = now();
            return transition(details, IntroductionState.DECLINED);
        });
    }

    @WithTransaction
    public Uni<IntroductionDetails> withdraw(UUID id) {
        return details(id).chain(details -> {
            if (!details.requesterSide() || access.isAdminOnly()) {
                throw notYours(details, "withdraw");
            }
            Introduction introduction = details.introduction();
            if (introduction.state == IntroductionState.WITHDRAWN) {
                return Uni.createFrom().item(details);
            }
            requireOpen(introduction, "withdrawn");
            return transition(details, IntroductionState.WITHDRAWN);
        });
    }

    /** Either side records what came of an accepted introduction: a meeting, then (or directly) an agreement. */
    @WithTransaction
    public Uni<IntroductionDetails> recordOutcome(UUID id, OutcomeInput input) {
        if (input.outcome() == Outcome.AGREEMENT_SIGNED && input.agreementChannel() == null) {
            throw invalid("agreementChannel", "must name the channel of the signed agreement");
        }
        if (input.outcome() == Outcome.MEETING_HELD && input.agreementChannel() != null) {
            throw invalid("agreementChannel", "is only for a signed agreement");
        }
        return details(id).chain(details -> {
            if (access.isAdminOnly()) {
                throw notYours(details, "record the outcome of");
            }
            Introduction introduction = details.introduction();
            IntroductionState target = input.outcome().state();
            if (introduction.state == target && introduction.agreementChannel == input.agreementChannel()) {
                return Uni.createFrom().item(details);
            }
            boolean allowed = target == IntroductionState.MEETING_HELD
                    ? introduction.state == IntroductionState.ACCEPTED
                    : introduction.state == IntroductionState.ACCEPTED
                            || introduction.state == IntroductionState.MEETING_HELD;
            if (!allowed) {
                throw new ProblemException(
                        ProblemType.CONFLICT,
                        "A " + introduction.state + " introduction cannot become " + target
                                + (introduction.state.accepted() ? "" : ": outcomes follow acceptance"));
            }
            introduction.agreementChannel = input.agreementChannel();
            return transition(details, target);
        });
    }

    /** Open requests past their expiry become EXPIRED; the number expired. */
    @WithTransaction
    public Uni<Integer> expireDue(int limit) {
        return introductions.due(now(), limit).chain(due -> {
            Uni<Void> all = Uni.createFrom().voidItem();
            for (Introduction introduction : due) {
                introduction.state = IntroductionState.EXPIRED;
                introduction.changedAt = now();
                all = all.call(() -> introductions.flush().chain(() -> events.changed(introduction)));
            }
            return all.replaceWith(due.size());
        });
    }

    private Uni<IntroductionDetails> recipient(UUID id) {
        return details(id).map(details -> {
            if (!details.recipientSide()) {
                throw notYours(details, "answer");
            }
            return details;
        });
    }

    private Uni<IntroductionDetails> details(UUID id) {
        return introductions.findById(id).chain(introduction -> {
            if (introduction == null) {
                throw ProblemException.notFound("Introduction", id);
            }
            return withDetails(introduction).map(details -> {
                access.visible(details.requesterSide(), details.recipientSide(), introduction);
                return details;
            });
        });
    }

    private Uni<List<IntroductionDetails>> withDetails(List<Introduction> list) {
        Uni<List<IntroductionDetails>> result = Uni.createFrom().item(new java.util.ArrayList<>());
        for (Introduction introduction : list) {
            result = result.chain(acc -> withDetails(introduction).map(details -> {
                acc.add(details);
                return acc;
            }));
        }
        return result;
    }

    private Uni<IntroductionDetails> withDetails(Introduction introduction) {
        return firms.findById(introduction.firmId)
                .chain(requester -> firms.findById(introduction.organisationKey)
                        .chain(recipientFirm -> partners.findById(introduction.organisationKey)
                                .map(partner -> new IntroductionDetails(
                                        introduction,
                                        requester,
                                        recipientFirm,
                                        partner,
                                        access.onRequesterSide(introduction, requester),
                                        access.onRecipientSide(introduction, recipientFirm)))));
    }

    private Uni<IntroductionDetails> transition(IntroductionDetails details, IntroductionState target) {
        Introduction introduction = details.introduction();
        introduction.state = target;
        introduction.changedAt = now();
        // Flushed first, so the version check happens before the event is recorded.
        return introductions
                .flush()
                // An answer and the expiry job (or two answers) racing: the later one learns it lost.
                .onFailure(e -> e instanceof org.hibernate.StaleStateException
                        || e instanceof jakarta.persistence.OptimisticLockException)
                .transform(e -> new ProblemException(
                        ProblemType.CONFLICT, "Introduction " + introduction.id + " changed meanwhile: read it again"))
                .chain(() -> events.changed(introduction))
                .replaceWith(details);
    }

    private static void requireOpen(Introduction introduction, String what) {
        if (introduction.state != IntroductionState.REQUESTED) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Introduction " + introduction.id + " is " + introduction.state + ": only a REQUESTED one can be "
                            + what);
        }
    }

    private static ProblemException notYours(IntroductionDetails details, String what) {
        return new ProblemException(
                ProblemType.FORBIDDEN, "You cannot " + what + " introduction " + details.introduction().id);
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(
                ProblemType.VALIDATION_FAILED, field + " " + message, List.of(new Problem.FieldError(field, message)));
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
