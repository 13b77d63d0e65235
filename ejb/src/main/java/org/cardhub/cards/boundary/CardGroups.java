package org.cardhub.cards.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.CardScope;
import org.cardhub.callers.CompanyRight;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.Role;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardGroup;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.InvalidCardOperationException;
import org.cardhub.cards.entity.Vehicle;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A contract's card groups (a department, a route, a depot) and what each fleet card is for: the groups with their
 * card counts, as far as the caller sees them; creating, renaming and deleting a group and moving a selection of cards
 * into one or out of any, all or nothing, each card's move in the audit trail; the vehicle, plate, driver and tank of
 * a card. Arranging groups needs the right to block cards over all of the contract's cards; describing a card, that
 * right over the card. A group the caller cannot see is refused as unknown, like a card.
 */
@Stateless
@RolesAllowed({Role.Names.CORPORATE, Role.Names.BACKOFFICE})
public class CardGroups {

    private static final CompanyRight ARRANGE = CompanyRight.BLOCK_CARDS;
    /** The most cards one move takes: a page of the cards table at its largest. */
    static final int MAX_CARDS = 500;

    @PersistenceContext
    EntityManager em;

    @EJB
    ObjectAccess access;

    @EJB
    AuditLog audit;

    /** The contract's groups the caller sees, by name, each with its cards still in the fleet (not replaced). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<GroupSummary> groups(long contractId) {
        access.requireContract(contractId);
        CardScope scope = access.cardScope(contractId);
        var query = em.createQuery("SELECT g.id, g.name, COUNT(c.id) FROM CardGroup g LEFT JOIN Card c "
                + "ON c.groupId = g.id AND c.status <> :replaced WHERE g.contractId = :contract"
                + (scope.allCards() ? "" : " AND g.id IN :scope") + " GROUP BY g.id, g.name ORDER BY g.name, g.id",
                Object[].class)
                .setParameter("replaced", CardStatus.REISSUED).setParameter("contract", contractId);
        if (!scope.allCards()) {
            query.setParameter("scope", scope.groupIds().isEmpty() ? List.of(-1L) : scope.groupIds());
        }
        return query.getResultStream().map(row -> new GroupSummary(((Number) row[0]).longValue(), contractId,
                (String) row[1], ((Number) row[2]).longValue())).toList();
    }

    /** Whether the caller may create, rename and delete the contract's groups and move its cards between them. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean mayArrange(long contractId) {
        access.requireContract(contractId);
        return access.cardScope(contractId).allCards() && access.holdsContractRight(contractId, ARRANGE);
    }

    public GroupSummary create(long contractId, String name) {
        access.requireContractRight(contractId, ARRANGE);
        String wanted = CardGroup.nameOf(name);
        refuseTaken(contractId, wanted, null);
        CardGroup group = new CardGroup(contractId, wanted, Instant.now());
        em.persist(group);
        em.flush();
        audit.record(audit.actor(null), "card_group.create", AuditSubject.CONTRACT, contractId,
                "«" + group.name() + "» #" + group.id());
        return new GroupSummary(group.id(), contractId, group.name(), 0);
    }

    public GroupSummary rename(long groupId, String name) {
        CardGroup group = visibleGroup(groupId);
        access.requireContractRight(group.contractId(), ARRANGE);
        String wanted = CardGroup.nameOf(name);
        refuseTaken(group.contractId(), wanted, groupId);
        String before = group.name();
        group.rename(wanted);
        audit.record(audit.actor(null), "card_group.rename", AuditSubject.CONTRACT, group.contractId(),
                "#" + groupId + " «" + before + "» → «" + group.name() + "»");
        return new GroupSummary(groupId, group.contractId(), group.name(), liveCardsIn(groupId));
    }

    /** Deletes a group no card of the fleet and no company user is limited to; refused otherwise. */
    public void delete(long groupId) {
        CardGroup group = visibleGroup(groupId);
        access.requireContractRight(group.contractId(), ARRANGE);
        group.checkRemovable(liveCardsIn(groupId), em.createQuery("SELECT COUNT(g) FROM OrganizationMember m "
                + "JOIN m.groupIds g WHERE g = :group", Long.class).setParameter("group", groupId).getSingleResult());
        em.createQuery("SELECT c FROM Card c WHERE c.groupId = :group", Card.class).setParameter("group", groupId)
                .getResultStream().forEach(replaced -> replaced.moveToGroup(null));
        em.flush();
        em.remove(group);
        audit.record(audit.actor(null), "card_group.delete", AuditSubject.CONTRACT, group.contractId(),
                "«" + group.name() + "» #" + groupId);
    }

    /**
     * Moves the cards into the group, or out of any group when {@code groupId} is null: all of them or, when one is
     * not the contract's or the group is another contract's, none. Each card that changed group is audited.
     *
     * @return how many cards changed group (those already in it did not)
     */
    public int move(long contractId, Collection<Long> cardIds, Long groupId) {
        access.requireContractRight(contractId, ARRANGE);
        CardGroup target = groupId == null ? null : visibleGroup(groupId);
        Map<Long, String> names = em.createQuery("SELECT g FROM CardGroup g WHERE g.contractId = :contract",
                        CardGroup.class).setParameter("contract", contractId).getResultStream()
                .collect(Collectors.toMap(CardGroup::id, CardGroup::name));
        Function<Long, String> named = id -> id == null ? "—" : "«" + names.getOrDefault(id, "#" + id) + "»";
        Set<Long> wanted = cardIds == null ? Set.of() : new LinkedHashSet<>(cardIds);
        if (wanted.size() > MAX_CARDS) {
            throw new InvalidCardOperationException(InvalidCardOperationException.Code.TOO_MANY_CARDS,
                    "One move takes at most " + MAX_CARDS + " cards, not " + wanted.size());
        }
        List<Long> ids = wanted.stream().filter(Objects::nonNull).toList();
        Map<Long, Card> found = ids.isEmpty() ? Map.of() : em.createQuery("SELECT c FROM Card c WHERE c.id IN :cards "
                        + "AND c.contractId = :contract", Card.class)
                .setParameter("cards", ids).setParameter("contract", contractId).getResultStream()
                .collect(Collectors.toMap(Card::id, Function.identity()));
        String actor = audit.actor(null);
        int moved = 0;
        for (Long cardId : wanted) {
            Card card = found.get(cardId);
            if (card == null) {
                throw new AccessDeniedException("card of contract " + contractId, cardId);
            }
            Long from = card.groupId();
            card.moveToGroup(target);
            if (!Objects.equals(from, card.groupId())) {
                audit.record(actor, "card.group", AuditSubject.CARD, cardId, named.apply(from) + " → "
                        + named.apply(card.groupId()));
                moved++;
            }
        }
        return moved;
    }

    /** What the card is for and which group it is in, refused as unknown when it is not one the caller sees. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CardUse use(long cardId) {
        access.requireCard(cardId);
        return useOf(find(cardId));
    }

    /** Sets the card's vehicle, plate, driver and tank (all parts may be empty). */
    public CardUse describe(long cardId, Vehicle vehicle) {
        access.requireRight(cardId, ARRANGE);
        Card card = find(cardId);
        Vehicle before = card.vehicle();
        card.describe(Objects.requireNonNull(vehicle, "a vehicle, even an empty one"));
        if (!before.equals(vehicle)) {
            audit.record(audit.actor(null), "card.vehicle", AuditSubject.CARD, cardId, before + " → " + vehicle);
        }
        return useOf(card);
    }

    private CardUse useOf(Card card) {
        CardGroup group = card.groupId() == null ? null : em.find(CardGroup.class, card.groupId());
        return new CardUse(card.id(), card.contractId(), card.vehicle(), card.groupId(),
                group == null ? null : group.name(), access.holdsRight(card.id(), ARRANGE));
    }

    private Card find(long cardId) {
        Card card = em.find(Card.class, cardId);
        if (card == null) {
            throw new AccessDeniedException("card", cardId);
        }
        return card;
    }

    /** The group, when its contract is the caller's and it is among the groups the caller sees. */
    private CardGroup visibleGroup(long groupId) {
        CardGroup group = em.find(CardGroup.class, groupId);
        if (group == null || !access.mayUseContract(group.contractId())
                || !access.cardScope(group.contractId()).covers(group.id())) {
            throw new AccessDeniedException("card group", groupId);
        }
        return group;
    }

    private void refuseTaken(long contractId, String name, Long renamed) {
        boolean taken = em.createQuery("SELECT g FROM CardGroup g WHERE g.contractId = :contract", CardGroup.class)
                .setParameter("contract", contractId).getResultStream()
                .anyMatch(other -> !other.id().equals(renamed) && other.isNamed(name));
        if (taken) {
            throw new InvalidCardOperationException(InvalidCardOperationException.Code.GROUP_NAME_TAKEN,
                    "The contract already has a group named " + name);
        }
    }

    private long liveCardsIn(long groupId) {
        return em.createQuery("SELECT COUNT(c) FROM Card c WHERE c.groupId = :group AND c.status <> :replaced",
                        Long.class)
                .setParameter("group", groupId).setParameter("replaced", CardStatus.REISSUED).getSingleResult();
    }
}
