package org.cardhub.payments.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.Role;
import org.cardhub.cards.entity.CardRef;
import jakarta.inject.Inject;
import org.cardhub.money.Amount;
import org.cardhub.payments.control.AutoTopUps;
import org.cardhub.payments.control.Corrections;
import org.cardhub.payments.control.Distributions;
import org.cardhub.payments.control.Holds;
import org.cardhub.payments.control.OperationRecords;
import org.cardhub.payments.control.Reservations;
import org.cardhub.payments.control.Reversals;
import org.cardhub.payments.control.ServiceCharges;
import org.cardhub.payments.control.SponsoredPurchases;
import org.cardhub.payments.control.Spending;
import org.cardhub.payments.control.SupplierPayouts;
import org.cardhub.payments.control.TopUps;
import org.cardhub.payments.control.Transfers;
import org.cardhub.payments.entity.CanteenPayout;
import org.cardhub.payments.entity.Distribution;
import org.cardhub.payments.entity.LostRace;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.Recorded;
import org.cardhub.payments.entity.Reservation;
import org.cardhub.payments.entity.ServiceCharge;
import org.cardhub.payments.entity.Spend;
import org.cardhub.payments.entity.TopUpChannel;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The money operations, and the only way to them. Each runs in a transaction of its own, started by the
 * call to the bean of its family in {@code payments.control} ({@link Spending}, {@link Holds},
 * {@link Reversals}, {@link TopUps}, {@link Transfers}, {@link Distributions}, {@link Corrections},
 * {@link Reservations}, {@link SponsoredPurchases}, {@link ServiceCharges}, {@link SupplierPayouts}); when it loses
 * a race — a concurrent request with the same idempotency key inserted first, or the database chose it
 * as a deadlock or serialization victim — it is run again, and the second run finds the first outcome
 * or goes through cleanly. Refusals by the rules come back as declined outcomes; malformed requests as
 * exceptions with a code, with nothing written.
 *
 * <p>{@code source} names who asks when nobody is signed in (a terminal, a partner system), e.g.
 * {@code terminal:FUEL-0001}; the audit trail records it.</p>
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Payments {

    private static final Logger LOG = Logger.getLogger(Payments.class.getName());
    private static final int ATTEMPTS = 5;

    @EJB
    Spending spending;

    @EJB
    Holds holds;

    @EJB
    Reversals reversals;

    @EJB
    TopUps topUps;

    @EJB
    Transfers transfers;

    @EJB
    Distributions distributions;

    @EJB
    Corrections corrections;

    @EJB
    Reservations reservations;

    @EJB
    SponsoredPurchases sponsoredPurchases;

    @EJB
    ServiceCharges serviceCharges;

    @EJB
    SupplierPayouts supplierPayouts;

    @Inject
    AutoTopUps autoTopUps;

    @Inject
    OperationRecords records;

    @EJB
    ObjectAccess access;

    @PermitAll
    public Outcome purchase(OperationKey key, Spend spend, String source) {
        return withRetries(() -> spending.purchase(key, spend, source));
    }

    @PermitAll
    public Outcome authorise(OperationKey key, Spend spend, String source) {
        return withRetries(() -> spending.authorise(key, spend, source));
    }

    @PermitAll
    public Outcome complete(OperationKey key, OperationKey authorisation, Amount finalAmount, Amount finalVolume,
                            String source) {
        return withRetries(() -> holds.complete(key, authorisation, finalAmount, finalVolume, source));
    }

    @PermitAll
    public Outcome reverse(OperationKey key, OperationKey original, String source) {
        return withRetries(() -> reversals.reverse(key, original, source));
    }

    /**
     * Holds money on exactly the purse named for a sale ahead (a parent's meal pre-order), releasing the reservation
     * it replaces in the same transaction; declined for funds when that purse cannot cover it. Reverse it with
     * {@link #reverse}, settle it with {@link #settle}.
     */
    @RolesAllowed({Role.Names.BACKOFFICE, Role.Names.PARENT})
    public Outcome reserve(OperationKey key, Reservation reservation, String source) {
        return withRetries(() -> reservations.reserve(key, reservation, source));
    }

    /**
     * A reservation a school's staff make for a pupil (a teacher's meal for their class): as {@link #reserve}, but the
     * component ordering has checked that the pupil is the caller's (of their class), so the right of a card's
     * guardians to move its money is not asked. Limits are not asked either; the component checks them with
     * {@link #check} first.
     */
    @RolesAllowed({Role.Names.BACKOFFICE, Role.Names.TEACHER, Role.Names.DIRECTOR})
    public Outcome reserveForPupil(OperationKey key, Reservation reservation, String source) {
        return withRetries(() -> reservations.reserve(key, reservation, source, false));
    }

    /** A reservation's sale: a purchase of {@code items}, booked now, paid from its hold; the rest released. */
    @PermitAll
    public Outcome settle(OperationKey key, OperationKey reservation, List<Spend.Item> items, String description,
                          String source) {
        return withRetries(() -> reservations.settle(key, reservation, items, description, source));
    }

    /**
     * A purchase for a card paid from a purse of the card's contract (a free school meal from the school's meal
     * budget); a refusal for funds is not kept under the key, so it may be asked again once the purse is funded.
     */
    @PermitAll
    public Outcome sponsoredPurchase(OperationKey key, PurseRef payer, CardRef beneficiary, List<Spend.Item> items,
                                     String category, String description, String source) {
        return withRetries(() -> sponsoredPurchases.purchase(key, payer, beneficiary, items, category, description, source));
    }

    @PermitAll
    public Outcome topUp(OperationKey key, PurseRef target, Amount amount, TopUpChannel channel, String source) {
        return topUpOnce(key, target, amount, channel, source).outcome();
    }

    /** A top-up with a note for its audit record, such as the payer's own time of the payment. */
    @PermitAll
    public Outcome topUp(OperationKey key, PurseRef target, Amount amount, TopUpChannel channel, String source, String note) {
        return withRetries(() -> topUps.topUp(key, target, amount, channel, source, note)).outcome();
    }

    /** A top-up, telling whether its outcome is the one an earlier request with the same key got. */
    @PermitAll
    public Recorded topUpOnce(OperationKey key, PurseRef target, Amount amount, TopUpChannel channel, String source) {
        return withRetries(() -> topUps.topUp(key, target, amount, channel, source));
    }

    /** Contract → card, parent → child, between own cards, between a card's purses. */
    @RolesAllowed({Role.Names.BACKOFFICE, Role.Names.CORPORATE, Role.Names.PARENT, Role.Names.PUPIL})
    public Outcome transfer(OperationKey key, PurseRef from, PurseRef to, Amount amount, String source) {
        return withRetries(() -> transfers.transfer(key, from, to, amount, source));
    }

    /**
     * A wallet holder pays from their wallet into another wallet or a pupil's card: the receiver's cap and the payer's
     * monthly turnover checked, idempotent by key like {@link #transfer}.
     */
    @RolesAllowed(Role.Names.WALLET)
    public Outcome payFromWallet(OperationKey key, PurseRef from, PurseRef to, Amount amount, String source) {
        return withRetries(() -> transfers.pay(key, from, to, amount, source));
    }

    /**
     * Money or litres between a contract's account and a selection of its cards, in one transaction: every card's part
     * or none. Not a series of {@link #transfer}s, each of which commits on its own. Refused as a whole (nothing moved,
     * nothing recorded under the key) when any part is; once moved, the same key and content answer as the first time.
     */
    @RolesAllowed({Role.Names.BACKOFFICE, Role.Names.CORPORATE})
    public Recorded distribute(OperationKey key, Distribution distribution, String source) {
        return withRetries(() -> distributions.distribute(key, distribution, source));
    }

    @RolesAllowed(Role.Names.BACKOFFICE)
    public Outcome correct(OperationKey key, PurseRef purse, Amount amount, String reason) {
        return withRetries(() -> corrections.correct(key, purse, amount, reason, null));
    }

    /**
     * A paid service of the card's programme (a month of the SMS informer) charged to the card's purse, declined when
     * the purse cannot cover it; once per key, a declined charge included. The component selling the service checks
     * who may order it; the charge itself is the system's.
     */
    @PermitAll
    public Outcome chargeService(OperationKey key, PurseRef purse, Amount amount, ServiceCharge service, String source) {
        return withRetries(() -> serviceCharges.charge(key, purse, amount, service, source));
    }

    /**
     * A school day's canteen sales settled to the school's supplier once the day has ended in the school's zone: the
     * supplier's share to its contract's main account, the programme's commission (meal by meal, half-up) kept apart;
     * under the key {@code canteen-settlement:<school>/<date>}, so never twice, whoever asks and however often. Asked by
     * the system (the settlements' timer), which decides what is due.
     */
    @PermitAll
    public Outcome settleCanteenDay(CanteenPayout payout, String source) {
        return withRetries(() -> supplierPayouts.settle(payout, source));
    }

    /** A purse that tops itself up from another (a parent's wallet, the contract account) when it runs low. */
    @RolesAllowed({Role.Names.BACKOFFICE, Role.Names.CORPORATE, Role.Names.PARENT})
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void setAutoTopUp(PurseRef purse, PurseRef source, Amount threshold, Amount target) {
        autoTopUps.setAutoTopUp(purse, source, threshold, target);
    }

    /** Explains whether a spend would go through now, and which rule would refuse it. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Outcome check(Spend spend) {
        return spending.check(spend);
    }

    /** Whether a top-up would go through now, and which rule would refuse it; posts nothing. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Outcome checkTopUp(PurseRef target, Amount amount, TopUpChannel channel) {
        return topUps.checkTopUp(target, amount, channel);
    }

    /** The outcome stored for an operation key, if the operation ran to an outcome. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<Outcome> outcomeOf(OperationKey key) {
        return records.recordedOutcome(key);
    }

    private <T> T withRetries(Supplier<T> operation) {
        for (int attempt = 1; ; attempt++) {
            try {
                return operation.get();
            } catch (EJBException e) {
                if (attempt >= ATTEMPTS || !LostRace.isLostRace(e)) {
                    throw e;
                }
                LOG.fine(() -> "Operation lost a race, running it again: " + e.getMessage());
            }
        }
    }

}
