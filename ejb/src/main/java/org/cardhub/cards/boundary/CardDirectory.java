package org.cardhub.cards.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.contracts.entity.Programme;
import org.cardhub.secrets.SecretVault;
import org.cardhub.transactions.TransactionMemory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the card a request names, and the guardians of pupils' cards; a card number is looked up by its keyed hash,
 * never in clear. The card's contract is read in the same statement: every operation on a card needs it, and it is
 * then found in the persistence context without another round trip. A read for the components above cards (the money
 * operations, the terminals, the notifications, the school), in the caller's transaction if it has one: it never
 * starts one.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CardDirectory {

    private static final String READ_AHEAD = CardDirectory.class.getName() + ".readAhead";

    @PersistenceContext
    EntityManager em;

    @Inject
    SecretVault vault;

    @Inject
    TransactionMemory memory;

    public Optional<Card> find(CardRef ref) {
        Optional<Optional<Card>> readAhead = readAhead().map(read -> read.get(ref)).filter(Objects::nonNull);
        if (readAhead.isPresent()) {
            return readAhead.get();
        }
        if (ref.kind() == CardRef.Kind.ID) {
            return Optional.ofNullable(em.find(Card.class, Long.valueOf(ref.value())));
        }
        return em.createQuery("SELECT c, k FROM Card c, Contract k WHERE k.id = c.contractId AND " + attributeOf(ref.kind())
                        + " = :value", Object[].class)
                .setParameter("value", lookupValue(ref)).getResultStream().findFirst().map(row -> (Card) row[0]);
    }

    /**
     * Reads the cards these references name, with their contracts, in one statement for each kind of reference, for a
     * transaction that decides many operations at once (a group of terminal events): until it ends, {@link #find}
     * answers from what was read, a card not found included. Returns the cards found.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<Card> readAhead(Collection<CardRef> refs) {
        Map<CardRef, Optional<Card>> read = memory.keep(READ_AHEAD, HashMap::new);
        Map<CardRef.Kind, List<CardRef>> byKind = refs.stream().filter(ref -> !read.containsKey(ref)).distinct()
                .collect(Collectors.groupingBy(CardRef::kind));
        byKind.forEach((kind, named) -> {
            Map<Object, CardRef> byValue = new HashMap<>();
            named.forEach(ref -> {
                byValue.put(lookupValue(ref), ref);
                read.put(ref, Optional.empty());
            });
            em.createQuery("SELECT c, k, " + attributeOf(kind) + " FROM Card c, Contract k WHERE k.id = c.contractId AND "
                            + attributeOf(kind) + " IN :values", Object[].class)
                    .setParameter("values", byValue.keySet()).getResultList()
                    .forEach(row -> read.put(byValue.get(row[2]), Optional.of((Card) row[0])));
        });
        return refs.stream().distinct().map(read::get).flatMap(Optional::stream).toList();
    }

    /** The programme of the card's contract, read in one statement; empty for no such card. */
    public Optional<Programme> programmeOf(CardRef ref) {
        return em.createQuery("SELECT NEW org.cardhub.contracts.entity.Programme(k.kind, k.organizationId) "
                        + "FROM Card c, Contract k WHERE k.id = c.contractId AND " + attributeOf(ref.kind()) + " = :value",
                        Programme.class)
                .setParameter("value", lookupValue(ref)).getResultStream().findFirst();
    }

    /** The guardians of a pupil's card, by their user ids (the tokens' {@code sub}). */
    public List<String> guardiansOf(long cardId) {
        return em.createQuery("SELECT g.subject FROM CardGuardian g WHERE g.cardId = :card", String.class)
                .setParameter("card", cardId).getResultList();
    }

    /**
     * The cards of the pupils {@code guardian} looks after — at school and at education centres — by holder name, then
     * oldest first; cards replaced by a reissue left out.
     */
    public List<Card> guardedBy(String guardian) {
        return em.createQuery("SELECT c FROM Card c WHERE c.id IN (SELECT g.cardId FROM CardGuardian g WHERE g.subject = :parent) "
                        + "AND c.status <> :replaced ORDER BY c.holderName, c.id", Card.class)
                .setParameter("parent", guardian).setParameter("replaced", CardStatus.REISSUED).getResultList();
    }

    /** As {@link #guardedBy}, the cards of school contracts only (what the school's pages are about). */
    public List<Card> schoolCardsGuardedBy(String guardian) {
        return em.createQuery("SELECT c FROM Card c WHERE c.id IN (SELECT g.cardId FROM CardGuardian g WHERE g.subject = :parent) "
                        + "AND c.status <> :replaced AND c.contractId IN (SELECT k.id FROM Contract k WHERE k.kind = :school) "
                        + "ORDER BY c.holderName, c.id", Card.class)
                .setParameter("parent", guardian).setParameter("replaced", CardStatus.REISSUED)
                .setParameter("school", ContractKind.SCHOOL).getResultList();
    }

    /**
     * The cards the pupils {@code guardian} looks after no longer use — replaced by a reissue or a change of school, or
     * closed — newest first: their history stays readable, nothing can be done with them.
     */
    public List<Card> formerlyGuardedBy(String guardian) {
        return em.createQuery("SELECT c FROM Card c WHERE c.id IN (SELECT g.cardId FROM CardGuardian g WHERE g.subject = :parent) "
                        + "AND c.status IN :former ORDER BY c.holderName, c.id DESC", Card.class)
                .setParameter("parent", guardian).setParameter("former", List.of(CardStatus.REISSUED, CardStatus.CLOSED))
                .getResultList();
    }

    /** The card that replaced {@code cardId} by a reissue or a change of school, if any. */
    public Optional<Card> successorOf(long cardId) {
        return em.createQuery("SELECT c FROM Card c WHERE c.reissuedFromId = :card", Card.class)
                .setParameter("card", cardId).getResultStream().findFirst();
    }

    private Optional<Map<CardRef, Optional<Card>>> readAhead() {
        return memory.kept(READ_AHEAD);
    }

    private static String attributeOf(CardRef.Kind kind) {
        return switch (kind) {
            case ID -> "c.id";
            case PAN -> "c.panHash";
            case BARCODE -> "c.barcode";
            case SCHOOL_CONTRACT -> "c.schoolContractNumber";
        };
    }

    /** What the card's row holds for the reference: a card number only as its keyed hash. */
    private Object lookupValue(CardRef ref) {
        return switch (ref.kind()) {
            case ID -> Long.valueOf(ref.value());
            case PAN -> vault.lookupHash(ref.value());
            default -> ref.value();
        };
    }
}
