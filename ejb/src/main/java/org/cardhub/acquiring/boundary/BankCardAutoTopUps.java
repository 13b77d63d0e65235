package org.cardhub.acquiring.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.acquiring.control.CardPayments;
import org.cardhub.acquiring.entity.BankCardAutoTopUp;
import org.cardhub.acquiring.entity.CancellationReason;
import org.cardhub.acquiring.entity.InvalidTopUpException;
import org.cardhub.acquiring.entity.SavedBankCard;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.Role;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A parent's auto top-ups by bank card: for a child's general or canteen purse, a threshold, a target and one of the
 * parent's saved cards; switched off and on, resumed after a failed charge suspended it; saved cards removed. Every
 * change is audited; another parent's child's card is refused as unknown, another parent's saved card too.
 */
@Stateless
@RolesAllowed(Role.Names.PARENT)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class BankCardAutoTopUps {

    @Resource
    SessionContext session;

    @PersistenceContext
    EntityManager em;

    @EJB
    ObjectAccess access;

    @EJB
    CardDirectory cards;

    @EJB
    AuditLog audit;

    @Inject
    CardPayments payments;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AutoTopUpOverview overview(long cardId) {
        Card card = guardedCard(cardId);
        String me = caller();
        List<SavedBankCard> mine = payments.savedCardsOf(me);
        Map<Long, String> titles = mine.stream().collect(Collectors.toMap(SavedBankCard::id, SavedBankCard::title));
        List<AutoTopUpOverview.Rule> rules = payments.rulesOf(cardId).stream()
                .map(rule -> new AutoTopUpOverview.Rule(rule.purse(), rule.threshold(), rule.target(), rule.savedCardId(),
                        titles.computeIfAbsent(rule.savedCardId(), id -> payments.savedCard(id).map(SavedBankCard::title).orElse("")),
                        rule.ownerSubject().equals(me), rule.status(), rule.suspendedReason(), rule.suspendedAt()))
                .toList();
        return new AutoTopUpOverview(card.id(), card.holderName(), card.panMasked(), payments.feeTermsOf(card.contractId()),
                em.find(Contract.class, card.contractId()).timeZone(),
                mine.stream().map(saved -> new AutoTopUpOverview.SavedCard(saved.id(), saved.title(), saved.savedAt())).toList(),
                rules);
    }

    /** Sets the purse's rule, charging a saved card of the caller's; saving it switches it on (also after a suspension). */
    public void save(long cardId, AccountPurpose purse, Amount threshold, Amount target, long savedCardId) {
        guardedCard(cardId);
        String me = caller();
        SavedBankCard saved = payments.savedCard(savedCardId).filter(card -> card.belongsTo(me) && !card.isRemoved())
                .orElseThrow(() -> new InvalidTopUpException(InvalidTopUpException.Code.SAVED_CARD_UNKNOWN,
                        "No saved bank card " + savedCardId + " of the caller's"));
        BankCardAutoTopUp.requireValid(threshold, target);
        Instant now = Instant.now();
        payments.lockRulesOf(cardId).stream().filter(rule -> rule.purse() == purse).findFirst().ifPresentOrElse(
                rule -> rule.change(me, saved, threshold, target, now),
                () -> payments.persist(new BankCardAutoTopUp(cardId, purse, me, saved, threshold, target, now)));
        audit.record(audit.actor(null), "card.auto-top-up.bank-card", AuditSubject.CARD, cardId, purse + ": below "
                + threshold.toPlainString() + " up to " + target.toPlainString() + " from " + saved.title());
    }

    public void switchOff(long cardId, AccountPurpose purse) {
        change(cardId, purse, "off", rule -> {
            rule.switchOff(Instant.now());
            return rule;
        });
    }

    /** On again, also after a failed charge suspended it: the next purchase below the threshold charges again. */
    public void resume(long cardId, AccountPurpose purse) {
        change(cardId, purse, "on", rule -> {
            String me = caller();
            SavedBankCard saved = payments.savedCard(rule.savedCardId()).orElseThrow();
            if (saved.isRemoved()) {
                throw new InvalidTopUpException(InvalidTopUpException.Code.SAVED_CARD_UNKNOWN, "The rule's saved card was removed");
            }
            if (!rule.ownerSubject().equals(me)) {
                // another guardian's card is theirs to charge: resuming it takes the caller's own, if they chose it by saving
                throw new InvalidTopUpException(InvalidTopUpException.Code.SAVED_CARD_UNKNOWN, "The rule charges another parent's card");
            }
            rule.switchOn(Instant.now());
            return rule;
        });
    }

    /** The caller's saved card is removed; the rules that charged it are suspended until another card is chosen. */
    public void removeSavedCard(long savedCardId) {
        String me = caller();
        SavedBankCard saved = payments.savedCard(savedCardId).filter(card -> card.belongsTo(me))
                .orElseThrow(() -> new AccessDeniedException("saved bank card", savedCardId));
        Instant now = Instant.now();
        saved.remove(now);
        for (BankCardAutoTopUp rule : payments.lockRulesCharging(savedCardId)) {
            rule.suspend(CancellationReason.SAVED_CARD_REMOVED, now);
        }
        audit.record(audit.actor(null), "saved-bank-card.removed", AuditSubject.USER, me, saved.title() + " (" + saved.id() + ")");
    }

    private void change(long cardId, AccountPurpose purse, String what, Function<BankCardAutoTopUp, BankCardAutoTopUp> change) {
        guardedCard(cardId);
        BankCardAutoTopUp rule = payments.lockRulesOf(cardId).stream().filter(found -> found.purse() == purse).findFirst()
                .orElseThrow(() -> new AccessDeniedException("auto top-up of card", cardId));
        change.apply(rule);
        audit.record(audit.actor(null), "card.auto-top-up.bank-card", AuditSubject.CARD, cardId, purse + ": " + what);
    }

    private Card guardedCard(long cardId) {
        access.requireCard(cardId);
        return cards.find(CardRef.id(cardId)).orElseThrow(() -> new AccessDeniedException("card", cardId));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
