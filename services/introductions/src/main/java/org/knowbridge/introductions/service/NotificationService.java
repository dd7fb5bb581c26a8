package org.knowbridge.introductions.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.knowbridge.contracts.event.CollaborationClaimDecided;
import org.knowbridge.contracts.event.CollaborationClaimed;
import org.knowbridge.contracts.event.EventType;
import org.knowbridge.contracts.event.IntroductionErased;
import org.knowbridge.contracts.event.IntroductionSnapshot;
import org.knowbridge.contracts.event.PartnersSuggested;
import org.knowbridge.contracts.event.RecommendationsUpdated;
import org.knowbridge.contracts.vocabulary.EnumNames;
import org.knowbridge.introductions.domain.Audience;
import org.knowbridge.introductions.domain.NewNotification;
import org.knowbridge.introductions.domain.NotificationKind;
import org.knowbridge.introductions.repository.NotificationRepository;
import org.knowbridge.platform.event.CloudEvent;
import org.knowbridge.platform.event.CloudEventCodec;
import org.knowbridge.platform.problem.Problem;
import org.knowbridge.platform.problem.ProblemException;
import org.knowbridge.platform.problem.ProblemType;

/**
 * The inbox: turns the events this service reads into notifications for the audiences allowed to see them, and
 * serves each caller its own. A notification carries only what its reader may know: a request's recipient learns
 * the channel and the organisation asked, never the anonymised requesting firm.
 */
@ApplicationScoped
public class NotificationService {

    private static final Logger LOG = Logger.getLogger(NotificationService.class);

    /** partner-graph's path of a collaboration: a claim notice links to it and to its confirm and reject actions. */
    private static final String CLAIMS_PATH = "/api/v1/collaborations/";

    /** A claim notice's fields that offer to act on it: dropped once it is decided (the actions then answer 409). */
    private static final List<String> CLAIM_ACTIONS = List.of("confirmPath", "rejectPath");

    /** Dropped too when the claim is deleted (rejected, withdrawn): its path then answers 404. */
    private static final List<String> CLAIM_PATHS = List.of("confirmPath", "rejectPath", "collaborationPath");

    private final NotificationRepository notifications;
    private final NotificationAccess access;
    private final ObjectMapper json;

    public NotificationService(NotificationRepository notifications, NotificationAccess access, ObjectMapper json) {
        this.notifications = notifications;
        this.access = access;
        this.json = json;
    }

    public Uni<NotificationPage> page(OffsetDateTime since, Long cursor, boolean unreadOnly, int limit) {
        String audience = access.audience();
        return notifications
                .page(audience, cursor, since, unreadOnly, limit + 1)
                .map(found -> {
                    boolean more = found.size() > limit;
                    var items = more ? found.subList(0, limit) : found;
                    return new NotificationPage(
                            List.copyOf(items),
                            more ? Long.toString(items.get(items.size() - 1).seq()) : null);
                });
    }

    public Uni<Long> unread() {
        return notifications.unread(access.audience());
    }

    /** Marks the caller's notifications read; the number that were unread and now are not. */
    public Uni<Integer> markRead(ReadInput input) {
        String audience = access.audience();
        boolean byIds = input.ids() != null && !input.ids().isEmpty();
        if (byIds == (input.upTo() != null)) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "Give either ids or upTo",
                    List.of(new Problem.FieldError("ids", "give either ids (at most 200) or upTo, not both")));
        }
        if (byIds) {
            return notifications.markRead(audience, input.ids(), now());
        }
        return notifications.markReadUpTo(audience, input.upTo(), now()).map(marked -> {
            if (marked == null) {
                throw ProblemException.notFound("Notification", input.upTo());
            }
            return marked;
        });
    }

    /**
     * Applies one event: its notifications (and their webhook deliveries) in one transaction, once per event id.
     * Events of other types make none.
     */
    public Uni<Void> apply(CloudEvent<JsonNode> event, EventType type) {
        String eventId = event.id();
        return switch (type) {
            case PartnersSuggested, RecommendationsUpdated -> applySuggestions(List.of(event));
            case IntroductionRequested -> received(eventId, snapshot(event));
            case IntroductionAccepted, IntroductionDeclined ->
                requesterSide(eventId, NotificationKind.INTRODUCTION_ANSWERED, snapshot(event));
            case IntroductionExpired -> requesterSide(eventId, NotificationKind.INTRODUCTION_EXPIRED, snapshot(event));
            case CollaborationClaimed -> claimed(eventId, CloudEventCodec.data(event, CollaborationClaimed.class));
            case CollaborationClaimDecided ->
                claimDecided(eventId, CloudEventCodec.data(event, CollaborationClaimDecided.class));
            case IntroductionErased -> {
                String id =
                        CloudEventCodec.data(event, IntroductionErased.class).introductionId();
                yield id == null || id.isEmpty() ? Uni.createFrom().voidItem() : notifications.forget(id);
            }
            default -> Uni.createFrom().voidItem();
        };
    }

    /** GDPR erasure of a firm: nothing about it stays in any inbox or unsent delivery. */
    public Uni<Void> forgetFirm(String firmId) {
        return notifications.forgetFirm(firmId, Audience.firm(firmId));
    }

    /**
     * Applies a polled batch of the recommendations topic's events (new and changed suggestions; others pass by):
     * the firms' agencies read with one query, and every notification in one transaction, in the events' order,
     * each event once. The events are of one partition (see {@link NotificationRepository#storeAll}).
     */
    public Uni<Void> applySuggestions(List<CloudEvent<JsonNode>> events) {
        List<SuggestionNotice> notices = new ArrayList<>();
        for (CloudEvent<JsonNode> event : events) {
            suggestionNotice(event).ifPresent(notices::add);
        }
        if (notices.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Set<String> firmIds = new HashSet<>();
        notices.forEach(notice -> firmIds.add(notice.firmId()));
        OffsetDateTime now = now();
        return notifications
                .onboardings(firmIds)
                .chain(firms -> notifications.storeAll(
                        notices.stream()
                                .map(notice -> new NotificationRepository.EventNotifications(
                                        notice.eventId(),
                                        made(
                                                firmSide(notice.firmId(), firms.get(notice.firmId())),
                                                notice.kind(),
                                                notice.firmId(),
                                                notice.data())))
                                .toList(),
                        now,
                        this::deliveryBody));
    }

    /** A firm's notice about its suggestions: what one PartnersSuggested or RecommendationsUpdated tells it. */
    private record SuggestionNotice(String eventId, String firmId, NotificationKind kind, ObjectNode data) {}

    private Optional<SuggestionNotice> suggestionNotice(CloudEvent<JsonNode> event) {
        try {
            return switch (EventType.fromCloudEventType(event.type()).orElse(null)) {
                case PartnersSuggested ->
                    suggestedNotice(event.id(), CloudEventCodec.data(event, PartnersSuggested.class));
                case RecommendationsUpdated ->
                    updatedNotice(event.id(), CloudEventCodec.data(event, RecommendationsUpdated.class));
                case null, default -> Optional.empty();
            };
        } catch (IllegalArgumentException e) {
            // One event whose data cannot be read must not hold up the batch, nor the partition after it.
            LOG.warnf(
                    "Skipping %s event %s whose data cannot be read: %s",
                    event.shortType(), event.id(), e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<SuggestionNotice> suggestedNotice(String eventId, PartnersSuggested event) {
        if (event.firmId() == null || event.partnerKeys().isEmpty()) {
            return Optional.empty();
        }
        ObjectNode data = json.createObjectNode().put("firmId", event.firmId());
        event.partnerKeys().stream().limit(50).forEach(data.putArray("partnerKeys")::add);
        return Optional.of(new SuggestionNotice(eventId, event.firmId(), NotificationKind.SUGGESTIONS_NEW, data));
    }

    private Optional<SuggestionNotice> updatedNotice(String eventId, RecommendationsUpdated event) {
        if (event.firmId() == null || event.recommendations().isEmpty()) {
            return Optional.empty();
        }
        ObjectNode data = json.createObjectNode().put("firmId", event.firmId()).put("cause", event.cause());
        var keys = data.putArray("partnerKeys");
        event.recommendations().forEach(partner -> keys.add(partner.partnerKey()));
        return Optional.of(new SuggestionNotice(eventId, event.firmId(), NotificationKind.SUGGESTIONS_CHANGED, data));
    }

    /** One notification per audience, all alike. */
    private static List<NewNotification> made(
            List<String> audiences, NotificationKind kind, String subject, ObjectNode data) {
        String text = data.toString();
        return audiences.stream()
                .map(audience -> new NewNotification(audience, kind, subject, text))
                .toList();
    }

    /** To whoever answers the request: the broker agency, the partner organisation, or the firm and its agency. */
    private Uni<Void> received(String eventId, IntroductionSnapshot intro) {
        if (intro.introductionId() == null || intro.organisationKey() == null) {
            return Uni.createFrom().voidItem();
        }
        ObjectNode data = json.createObjectNode()
                .put("introductionId", intro.introductionId())
                .put("organisationKey", intro.organisationKey())
                .put("route", intro.route())
                .put("channel", intro.channel())
                .put("requestedAt", String.valueOf(intro.requestedAt()));
        if ("BROKER".equals(intro.route())) {
            if (intro.brokerAgency() == null) {
                return Uni.createFrom().voidItem();
            }
            return store(
                    eventId,
                    List.of(Audience.organisation(intro.brokerAgency())),
                    NotificationKind.INTRODUCTION_RECEIVED,
                    intro.introductionId(),
                    data);
        }
        return notifications.onboarding(intro.organisationKey()).chain(firm -> {
            List<String> audiences = firm.known()
                    ? firmSide(intro.organisationKey(), firm)
                    : List.of(Audience.organisation(intro.organisationKey()));
            return store(eventId, audiences, NotificationKind.INTRODUCTION_RECEIVED, intro.introductionId(), data);
        });
    }

    /**
     * To whoever confirms the claim, as partner-graph decides it: the platform firm the awaited node is (its SME
     * users and its onboarding agency), or the partner whose organisation it is. Nobody when neither is known here.
     */
    private Uni<Void> claimed(String eventId, CollaborationClaimed claim) {
        if (claim.key() == null || claim.awaitedKey() == null) {
            return Uni.createFrom().voidItem();
        }
        String claimPath = CLAIMS_PATH + claim.key();
        ObjectNode data = json.createObjectNode()
                .put("collaborationKey", claim.key())
                .put("organisationKey", claim.awaitedKey())
                .put("claimantKey", claim.claimantKey())
                .put("claimantName", claim.claimantName())
                .put("channel", claim.channel())
                .put("startYear", claim.startYear())
                .put("claimedAt", String.valueOf(claim.claimedAt()))
                .put("collaborationPath", claimPath)
                .put("confirmPath", claimPath + "/confirm")
                .put("rejectPath", claimPath + "/reject");
        if (claim.claimantFirmId() != null) {
            data.put("claimantFirmId", claim.claimantFirmId());
        }
        return claimSide(claim.awaitedFirmId(), claim.awaitedKey())
                .chain(audiences -> audiences.isEmpty()
                        ? Uni.createFrom().voidItem()
                        : store(eventId, audiences, NotificationKind.COLLABORATION_CLAIM_RECEIVED, claim.key(), data));
    }

    /**
     * A claim is settled. Its notices to the awaited side say how, keep no action to take and count as read; a
     * confirmation or rejection is told to the claimant's side, by the same rule as a claim to the awaited side
     * (nobody when that side is not known here, e.g. an erased firm). A withdrawal is told to nobody: the
     * claimant made it.
     */
    private Uni<Void> claimDecided(String eventId, CollaborationClaimDecided decision) {
        var outcome = EnumNames.parse(CollaborationClaimDecided.Decision.class, decision.outcome());
        if (decision.key() == null || decision.claimantKey() == null || outcome.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        boolean confirmed = outcome.get() == CollaborationClaimDecided.Decision.CONFIRMED;
        String decidedAt = String.valueOf(decision.decidedAt());
        ObjectNode settled =
                json.createObjectNode().put("outcome", outcome.get().name()).put("decidedAt", decidedAt);
        var settlement = new NotificationRepository.Settlement(
                NotificationKind.COLLABORATION_CLAIM_RECEIVED,
                decision.key(),
                confirmed ? CLAIM_ACTIONS : CLAIM_PATHS,
                settled.toString());
        NotificationKind kind = switch (outcome.get()) {
            case CONFIRMED -> NotificationKind.COLLABORATION_CLAIM_CONFIRMED;
            case REJECTED -> NotificationKind.COLLABORATION_CLAIM_REJECTED;
            case WITHDRAWN -> null;
        };
        ObjectNode data = json.createObjectNode()
                .put("collaborationKey", decision.key())
                .put("organisationKey", decision.claimantKey())
                .put("awaitedKey", decision.awaitedKey())
                .put("outcome", outcome.get().name())
                .put("channel", decision.channel())
                .put("startYear", decision.startYear())
                .put("decidedAt", decidedAt);
        if (decision.claimantFirmId() != null) {
            data.put("claimantFirmId", decision.claimantFirmId());
        }
        if (confirmed) {
            data.put("collaborationPath", CLAIMS_PATH + decision.key());
        }
        Uni<List<String>> told = kind == null
                ? Uni.createFrom().item(List.of())
                : claimSide(decision.claimantFirmId(), decision.claimantKey());
        return told.chain(audiences -> store(eventId, settlement, audiences, kind, decision.key(), data));
    }

    /**
     * Who answers for one side of a claim, as partner-graph tells it: the platform firm the node is (its SME users
     * and its onboarding agency), or the partner whose organisation it is; nobody when neither is known here.
     */
    private Uni<List<String>> claimSide(String firmId, String organisationKey) {
        if (firmId != null) {
            return notifications
                    .onboarding(firmId)
                    .map(firm -> firm.known() ? firmSide(firmId, firm) : List.<String>of());
        }
        return notifications
                .registeredPartner(organisationKey)
                .map(partner -> partner ? List.of(Audience.organisation(organisationKey)) : List.<String>of());
    }

    private Uni<Void> requesterSide(String eventId, NotificationKind kind, IntroductionSnapshot intro) {
        if (intro.introductionId() == null || intro.firmId() == null) {
            return Uni.createFrom().voidItem();
        }
        ObjectNode data = json.createObjectNode()
                .put("introductionId", intro.introductionId())
                .put("firmId", intro.firmId())
                .put("organisationKey", intro.organisationKey())
                .put("state", intro.state());
        if (intro.declineReason() != null) {
            data.put("declineReason", intro.declineReason());
        }
        return toFirm(eventId, intro.firmId(), kind, intro.introductionId(), data);
    }

    /** To the firm's SME users and to the agency that onboarded it (when this service knows the firm). */
    private Uni<Void> toFirm(String eventId, String firmId, NotificationKind kind, String subject, ObjectNode data) {
        return notifications
                .onboarding(firmId)
                .chain(firm -> store(eventId, firmSide(firmId, firm), kind, subject, data));
    }

    /** A firm's readers: its SME users, and the agency that onboarded it. */
    private static List<String> firmSide(String firmId, NotificationRepository.MirroredOnboarding firm) {
        List<String> audiences = new ArrayList<>(List.of(Audience.firm(firmId)));
        if (firm.onboardedBy() != null) {
            audiences.add(Audience.organisation(firm.onboardedBy()));
        }
        return audiences;
    }

    private Uni<Void> store(
            String eventId, List<String> audiences, NotificationKind kind, String subject, ObjectNode data) {
        return store(eventId, null, audiences, kind, subject, data);
    }

    /** Settles what the event settles (none when null) and stores its notifications, once per event id. */
    private Uni<Void> store(
            String eventId,
            NotificationRepository.Settlement settlement,
            List<String> audiences,
            NotificationKind kind,
            String subject,
            ObjectNode data) {
        return notifications
                .store(eventId, settlement, made(audiences, kind, subject, data), now(), this::deliveryBody)
                .replaceWithVoid();
    }

    /** What a webhook receives: the notification as the inbox shows it. */
    private String deliveryBody(UUID id, NewNotification notification, OffsetDateTime occurredAt) {
        try {
            ObjectNode body = json.createObjectNode()
                    .put("notificationId", id.toString())
                    .put("type", notification.kind().name())
                    .put("subject", notification.subject())
                    .put("occurredAt", occurredAt.toString());
            body.set("data", json.readTree(notification.data()));
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static IntroductionSnapshot snapshot(CloudEvent<JsonNode> event) {
        return CloudEventCodec.data(event, IntroductionSnapshot.class);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
