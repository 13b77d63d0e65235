package org.cardhub.payments.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.cards.entity.Card;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.ContractRefusal;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.ledger.entity.JournalEntry;
import org.cardhub.ledger.entity.OperationFacts;
import org.cardhub.ledger.entity.SystemAccount;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.InvalidOperationException;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.ServiceCharge;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.cardhub.payments.control.Outcomes.approved;
import static org.cardhub.payments.control.Outcomes.insufficient;
import static org.cardhub.payments.control.RequestChecks.requireCurrency;
import static org.cardhub.payments.control.RequestChecks.requirePositive;

/**
 * Charges for a programme's paid services (the SMS informer's month), each in one transaction: from a card's purse to
 * the service revenue account, declined when the purse cannot cover it, refilled automatically afterwards like any
 * debit. A transfer entry of the category {@link ServiceCharge#CATEGORY}: not a purchase, so no limit counts it. Asked
 * by the system on the holder's behalf, so the caller's own rights over the purse are not required (the component
 * that asks checked them). Called only by {@link org.cardhub.payments.boundary.Payments}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class ServiceCharges {

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    @EJB
    AuditLog audit;

    @Inject
    OperationRecords records;

    @Inject
    Purses purses;

    @Inject
    AutoTopUps autoTopUps;

    private final Clock clock = Clock.systemUTC();

    public Outcome charge(OperationKey key, PurseRef purse, Amount amount, ServiceCharge service, String source) {
        requirePositive(amount);
        if (purse.card() == null) {
            throw new InvalidOperationException(InvalidOperationException.Code.PURSE_UNKNOWN,
                    "A service is charged to a card's purse");
        }
        String content = purse.fingerprint() + "|" + amount.minorUnits() + "|" + amount.currency() + "|" + service.code();
        return records.idempotent(key, Fingerprint.of("service-charge", content),
                () -> chargeNow(purse, amount, service, source));
    }

    private Outcome chargeNow(PurseRef purse, Amount amount, ServiceCharge service, String source) {
        Optional<Card> card = purses.cardOf(purse);
        Optional<Outcome> unknown = purses.refuseUnknownCard(purse, card);
        if (unknown.isPresent()) {
            return unknown.get();
        }
        Account debit = purses.resolve(purse, card);
        requireCurrency(debit, amount);
        Optional<ContractRefusal> inactive = em.find(Contract.class, debit.contractId()).refusalOfUse();
        if (inactive.isPresent()) {
            return Outcome.declined(inactive.get());
        }
        Set<Long> toLock = new TreeSet<>(List.of(debit.id()));
        autoTopUps.ruleOf(debit).ifPresent(rule -> toLock.add(rule.sourceAccountId()));
        Map<Long, Account> locked = ledger.lock(toLock);
        debit = locked.get(debit.id());
        if (!debit.canCover(amount)) {
            return insufficient(debit, amount);
        }
        Instant now = Instant.now(clock);
        String actor = audit.actor(source);
        OperationFacts facts = new OperationFacts(debit.cardId(), debit.contractId(), service.code(), ServiceCharge.CATEGORY,
                null, null, amount.minorUnits(), 0);
        JournalEntry entry = ledger.book(new JournalEntry(EntryKind.TRANSFER, now, facts, service.description(), actor)
                .move(debit, ledger.system(SystemAccount.SERVICE_REVENUE), amount), purses::zoneOf);
        autoTopUps.refill(debit, locked, actor, now);
        audit.record(actor, "purse.service-charge", AuditSubject.ACCOUNT, debit.id(), amount.toPlainString() + " "
                + amount.currency() + " for " + service.code() + ": " + service.description());
        return approved(entry.id(), null, amount, Amount.zero(Currency.LITRE), debit);
    }
}
