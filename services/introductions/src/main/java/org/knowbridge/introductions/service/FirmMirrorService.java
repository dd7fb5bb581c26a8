package org.knowbridge.introductions.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.knowbridge.contracts.event.FirmSnapshot;
import org.knowbridge.contracts.vocabulary.BusinessKeys;
import org.knowbridge.introductions.domain.Introduction;
import org.knowbridge.introductions.domain.MirroredFirm;
import org.knowbridge.introductions.event.IntroductionEvents;
import org.knowbridge.introductions.repository.FirmMirrorRepository;
import org.knowbridge.introductions.repository.IntroductionRepository;

/**
 * Keeps the local copy of firms current. Every firm event carries the whole state, so applying one twice (or
 * replaying the topic) leaves the copy as it was. An erased firm takes its introductions with it.
 */
@ApplicationScoped
public class FirmMirrorService {

    private final FirmMirrorRepository firms;
    private final IntroductionRepository introductions;
    /** The first key of the firm copy's advisory locks; no other lock of this database uses the two-key form. */
    static final int FIRM_LOCKS = 1;

    private final IntroductionEvents events;

    public FirmMirrorService(
            FirmMirrorRepository firms, IntroductionRepository introductions, IntroductionEvents events) {
        this.firms = firms;
        this.introductions = introductions;
        this.events = events;
    }

    /** A firm's whole state as an event carried it, with its country normalised. */
    public record FirmState(FirmSnapshot snapshot, String country) {}

    /**
     * Several firms' states, in order, in one transaction: a bulk onboarding's thousands of events cost a commit
     * per polled batch, not one each. A firm twice in the list ends as its last state.
     */
    @WithTransaction
    public Uni<Void> upsertAll(List<FirmState> states) {
        List<String> ids = states.stream()
                .map(state -> state.snapshot().firmId())
                .distinct()
                .sorted()
                .toList();
        // One writer of a firm's copy at a time: two consumers applying its events at once (a replay beside the
        // first, or a second consumer group on this database) would otherwise both insert it, and one would fail.
        // All of the batch's firms are locked and read at once (in id order, so two batches never wait on each
        // other in a circle): a query per firm would make the session flush its pending firms before each.
        return lockFirms(ids).chain(() -> firms.list("id in ?1", ids)).chain(found -> {
            Map<String, MirroredFirm> byId = new HashMap<>();
            found.forEach(firm -> byId.put(firm.id, firm));
            List<MirroredFirm> created = new ArrayList<>();
            for (FirmState state : states) {
                MirroredFirm firm = byId.get(state.snapshot().firmId());
                if (firm == null) {
                    firm = new MirroredFirm();
                    byId.put(state.snapshot().firmId(), firm);
                    created.add(firm);
                }
                copy(state.snapshot(), state.country(), firm);
            }
            return created.isEmpty() ? Uni.createFrom().voidItem() : firms.persist(created);
        });
    }

    private static void copy(FirmSnapshot snapshot, String country, MirroredFirm firm) {
        firm.id = snapshot.firmId();
        firm.legalName = atMost(snapshot.legalName().strip(), 300);
        firm.country = country;
        // Fields beyond what firm-profiles allows are dropped rather than stopping the topic.
        firm.sector = fits(snapshot.sector(), 20);
        firm.sizeClass = fits(snapshot.sizeClass(), 20);
        firm.knowledgeAreasOffered = bounded(snapshot.knowledgeAreasOffered());
        firm.knowledgeAreasSought = bounded(snapshot.knowledgeAreasSought());
        firm.onboardedBy = BusinessKeys.isKey(snapshot.onboardedBy()) ? snapshot.onboardedBy() : null;
        firm.listed = snapshot.listed();
        contact(firm, snapshot.introductionContact());
    }

    /**
     * GDPR erasure: the firm's own introductions are deleted, each with an IntroductionErased so every consumer
     * forgets it; introductions others sent to it keep only its key, since its name and card came from the copy
     * deleted here.
     */
    @WithTransaction
    public Uni<Void> erase(String firmId) {
        // The firm's lock first, as for an upsert: an erasure applied twice at once (a replay beside the first, or
        // two consumers of the topic) waits here, then finds nothing left to delete.
        return lockFirm(firmId).chain(() -> introductions.ofFirm(firmId)).chain(sent -> {
            Uni<Void> all = Uni.createFrom().voidItem();
            for (Introduction introduction : sent) {
                all = all.call(() -> events.erased(introduction)).call(() -> introductions.delete(introduction));
            }
            return all.call(() -> firms.delete("id", firmId)).replaceWithVoid();
        });
    }

    /** Transaction locks on the firms' ids (taken in the list's order), as {@link #lockFirm} takes one. */
    private static Uni<Void> lockFirms(List<String> firmIds) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("select count(pg_advisory_xact_lock(" + FIRM_LOCKS
                                + ", hashtext(id)))" + " from unnest(cast(:ids as text[])) as id")
                        .setParameter("ids", firmIds.toArray(String[]::new))
                        .getSingleResult())
                .replaceWithVoid();
    }

    /** A transaction lock on the firm's id, in a key space of its own (class {@link #FIRM_LOCKS}). */
    private static Uni<Void> lockFirm(String firmId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select 1 from pg_advisory_xact_lock(" + FIRM_LOCKS + ", hashtext(:firmId))")
                        .setParameter("firmId", firmId)
                        .getSingleResult())
                .replaceWithVoid();
    }

    /** Only the contact block is read of what the firm shares; a block beyond the bounds is dropped whole. */
    private static void contact(MirroredFirm firm, FirmSnapshot.IntroductionContact contact) {
        boolean usable = contact != null
                && fits(contact.name(), 200) != null
                && fits(contact.role(), 200) != null
                && fits(contact.email(), 254) != null
                && (contact.phone() == null || fits(contact.phone(), 40) != null);
        firm.contactName = usable ? contact.name() : null;
        firm.contactRole = usable ? contact.role() : null;
        firm.contactEmail = usable ? contact.email() : null;
        firm.contactPhone = usable ? contact.phone() : null;
    }

    private static String atMost(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }

    private static String fits(String value, int length) {
        return value == null || value.length() > length ? null : value;
    }

    private static String[] bounded(List<String> areas) {
        return areas.stream()
                .filter(area -> area != null && !area.isBlank() && area.length() <= 200)
                .limit(60)
                .toArray(String[]::new);
    }
}
