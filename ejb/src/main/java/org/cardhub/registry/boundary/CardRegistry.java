package org.cardhub.registry.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.audit.entity.LifecycleEvent;
import org.cardhub.callers.Role;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardNumber;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.organizations.entity.Organization;
import org.cardhub.registry.control.RegistryQueries;
import org.cardhub.registry.entity.CardQuery;
import org.cardhub.registry.entity.CardRow;
import org.cardhub.registry.entity.CardSheet;
import org.cardhub.registry.entity.Change;
import org.cardhub.registry.entity.Reason;
import org.cardhub.registry.entity.RegistryRefusal;
import org.cardhub.secrets.SecretVault;

import java.util.List;

/**
 * The back office's cards: found by what was typed ({@link CardQuery}: a full number through its keyed hash, the last
 * four, a barcode, a school contract number, a part of the holder's name), page by page; one card with its purses and
 * latest lifecycle; blocking, lifting a temporary block and reissuing with the reason the lifecycle keeps, through
 * {@link Cards}; and the full number, opened from its sealed copy and recorded as shown ({@code card.pan.revealed}).
 * The full number is never written down: not in the audit trail, not in a refusal's message.
 */
@Stateless
@RolesAllowed(Role.Names.BACKOFFICE)
public class CardRegistry {

    /** How many lifecycle steps a card's sheet shows. */
    public static final int RECENT = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistryQueries queries;

    @Inject
    SecretVault vault;

    @EJB
    Cards cards;

    @EJB
    Ledger ledger;

    @EJB
    AuditLog audit;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(CardQuery query) {
        return queries.countCards(query);
    }

    /** By holder's name. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<CardRow> page(CardQuery query, int first, int max) {
        return queries.cards(query, first, max);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CardSheet sheet(long cardId) {
        Card card = existing(cardId);
        Contract contract = em.find(Contract.class, card.contractId());
        Organization party = contract.organizationId() == null ? null : em.find(Organization.class, contract.organizationId());
        List<Change> history = ContractRegistry.newestFirst(audit.history(LifecycleEvent.Subject.CARD, cardId));
        return new CardSheet(card.id(), card.panMasked(), card.status(), card.blockReason(), card.holderKind(),
                card.holderName(), card.barcode(), card.schoolContractNumber(), card.expiresOn(), contract.id(),
                contract.number(), party == null ? null : party.name(),
                ledger.accountsOfCard(cardId).stream().map(ContractRegistry::purse).toList(),
                history.subList(0, Math.min(RECENT, history.size())));
    }

    public CardSheet block(long cardId, BlockReason blockReason, String reason) {
        String why = Reason.required(reason);
        existing(cardId);
        cards.block(cardId, blockReason == null ? BlockReason.TEMPORARY : blockReason, why);
        return sheet(cardId);
    }

    public CardSheet unblock(long cardId, String reason) {
        String why = Reason.required(reason);
        existing(cardId);
        cards.unblock(cardId, why);
        return sheet(cardId);
    }

    /** Replaces the card by a new number (its money, limits and guardians move over); the new card's id. */
    public long reissue(long cardId, String reason) {
        String why = Reason.required(reason);
        existing(cardId);
        return cards.reissue(cardId, why).card().id();
    }

    /**
     * The card's full number, opened from its sealed copy; the audit trail records who was shown which card (by its
     * masked number). Asked only after the person confirmed a one-time code (the page's step-up).
     */
    public CardNumber revealNumber(long cardId) {
        Card card = existing(cardId);
        CardNumber number = CardNumber.of(vault.open(card.panSealed()));
        audit.record(audit.actor(null), "card.pan.revealed", AuditSubject.CARD, cardId,
                "full number of " + card.panMasked() + " shown");
        return number;
    }

    private Card existing(long cardId) {
        Card card = em.find(Card.class, cardId);
        if (card == null) {
            throw new RegistryRefusal(RegistryRefusal.Code.UNKNOWN_CARD, "No card " + cardId);
        }
        return card;
    }
}
