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

import java.util.List;
import java.util.Optional;

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

    @PersistenceContext
    EntityManager em;

    @Inject
    SecretVault vault;

    public Optional<Card> find(CardRef ref) {
        return switch (ref.kind()) {
            case ID -> Optional.ofNullable(em.find(Card.class, Long.valueOf(ref.value())));
            case PAN -> withContract("c.panHash", vault.lookupHash(ref.value()));
            case BARCODE -> withContract("c.barcode", ref.value());
            case SCHOOL_CONTRACT -> withContract("c.schoolContractNumber", ref.value());
        };
    }

    /** The programme of the card's contract, read in one statement; empty for no such card. */
    public Optional<Programme> programmeOf(CardRef ref) {
        String attribute = switch (ref.kind()) {
            case ID -> "c.id";
            case PAN -> "c.panHash";
            case BARCODE -> "c.barcode";
            case SCHOOL_CONTRACT -> "c.schoolContractNumber";
        };
        Object value = switch (ref.kind()) {
            case ID -> Long.valueOf(ref.value());
            case PAN -> vault.lookupHash(ref.value());
            default -> ref.value();
        };
        return em.createQuery("SELECT NEW org.cardhub.contracts.entity.Programme(k.kind, k.organizationId) "
                        + "FROM Card c, Contract k WHERE k.id = c.contractId AND " + attribute + " = :value", Programme.class)
                .setParameter("value", value).getResultStream().findFirst();
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

    private Optional<Card> withContract(String attribute, String value) {
        return em.createQuery("SELECT c, k FROM Card c, Contract k WHERE k.id = c.contractId AND " + attribute + " = :value",
                        Object[].class)
                .setParameter("value", value).getResultStream().findFirst().map(row -> (Card) row[0]);
    }
}
