package org.cardhub.bonus.entity;

import static org.cardhub.bonus.entity.BonusRefusal.Code.ALREADY_EARNED;
import static org.cardhub.bonus.entity.BonusRefusal.Code.ALREADY_PAID;
import static org.cardhub.bonus.entity.BonusRefusal.Code.ALREADY_RETURNED;
import static org.cardhub.bonus.entity.BonusRefusal.Code.DATE_IN_PAST;
import static org.cardhub.bonus.entity.BonusRefusal.Code.OVER_MAX_SHARE;
import static org.cardhub.bonus.entity.BonusRefusal.Code.POINTS_INVALID;
import static org.cardhub.bonus.entity.BonusRefusal.Code.PURCHASE_INVALID;
import static org.cardhub.bonus.entity.BonusRefusal.Code.PURCHASE_UNKNOWN;

import org.cardhub.bonus.entity.PointsPayment.LotShare;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One holder's bonus points: a lot per purchase that earned points, and every movement of them. Every operation is
 * dated; the book's time only moves forward, and before anything else an operation lets time pass to its date (lots
 * become spendable, lots expire), so points are always judged by the day they are used on. Points are spent and taken
 * back oldest first (the lot that expires first). A refused operation changes nothing: all is checked before time
 * passes or a point moves.
 */
public class PointsBook {

    private static final Comparator<PointsLot> OLDEST_FIRST =
            Comparator.comparing(PointsLot::expiresOn).thenComparingLong(PointsLot::id);

    private final BonusRules rules;
    private final List<PointsLot> lots = new ArrayList<>();
    private final Map<String, BonusPurchase> purchases = new HashMap<>();
    private final List<PointsMovement> movements = new ArrayList<>();
    private LocalDate today;

    public PointsBook(BonusRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * A book as it was kept: its lots in order (lot n at place n), what it knows of each purchase, every movement in
     * order, and the day of its last operation (null if it had none). A purchase's payment is not kept apart: it is
     * its SPENT movements, one per lot it drew on.
     */
    public static PointsBook restore(BonusRules rules, List<PointsLot> lots, List<PurchaseState> purchases,
                                     List<PointsMovement> movements, LocalDate today) {
        PointsBook book = new PointsBook(rules);
        for (PointsLot lot : lots) {
            if (lot.id() != book.lots.size() + 1L) {
                throw new IllegalArgumentException("Lot " + lot.id() + " is not at its place " + (book.lots.size() + 1));
            }
            book.lots.add(lot);
        }
        book.movements.addAll(movements);
        for (PurchaseState state : purchases) {
            book.purchases.put(state.purchaseId(), BonusPurchase.restore(state, book.lots, movements));
        }
        book.today = today;
        return book;
    }

    /** A purchase earns its points, pending for the rules' days; answers them (zero when no line may earn). */
    public Amount earn(String purchaseId, LocalDate date, List<PurchaseLine> lines, boolean inNetwork) {
        requireId(purchaseId);
        requireNotBefore(date);
        BonusPurchase purchase = purchases.getOrDefault(purchaseId, new BonusPurchase());
        requireNotReturned(purchaseId, purchase);
        if (purchase.hasEarned()) {
            throw new BonusRefusal(ALREADY_EARNED, "Purchase " + purchaseId + " has earned its points already");
        }
        Amount points = rules.pointsFor(lines, inNetwork);
        passTime(date);
        PointsLot lot = null;
        if (points.isPositive()) {
            lot = new PointsLot(lots.size() + 1L, purchaseId, date, points, rules);
            lots.add(lot);
            record(lot.earnedMovement());
        }
        purchase.earned(lot);
        purchases.put(purchaseId, purchase);
        passTime(date);
        return points;
    }

    /**
     * Points pay for a purchase: as many of those wanted as are spendable on its date, oldest first. Wanting more than
     * the rules' share of the purchase is refused, so a till asks {@link BonusRules#maxPointsFor} first.
     */
    public PointsPayment spend(String purchaseId, LocalDate date, Amount purchaseAmount, Amount wanted) {
        requireId(purchaseId);
        requireNotBefore(date);
        if (wanted == null || wanted.currency() != Currency.POINTS || !wanted.isPositive()) {
            throw new BonusRefusal(POINTS_INVALID, "Points to spend must be positive points, were " + wanted);
        }
        Amount max = rules.maxPointsFor(purchaseAmount);
        if (wanted.isGreaterThan(max)) {
            throw new BonusRefusal(OVER_MAX_SHARE, wanted + " is more than points may pay of " + purchaseAmount
                    + " (" + max + ")");
        }
        BonusPurchase purchase = purchases.getOrDefault(purchaseId, new BonusPurchase());
        requireNotReturned(purchaseId, purchase);
        if (purchase.payment().isPresent()) {
            throw new BonusRefusal(ALREADY_PAID, "Points have paid for purchase " + purchaseId + " already");
        }
        passTime(date);
        List<LotShare> shares = new ArrayList<>();
        Amount left = wanted;
        for (PointsLot lot : lotsOldestFirst(lot -> lot.isSpendableOn(date))) {
            Amount share = least(left, lot.remaining());
            record(lot.spend(share, purchaseId, date));
            shares.add(new LotShare(lot.id(), share));
            left = left.minus(share);
            if (left.isZero()) {
                break;
            }
        }
        PointsPayment payment = PointsPayment.of(purchaseId, shares);
        if (payment.points().isPositive()) {
            purchase.paid(payment);
            purchases.put(purchaseId, purchase);
        }
        return payment;
    }

    /**
     * A purchase is returned: the points that paid for it go back to their lots first (expiring at once if their lot
     * has expired, taken back at once if their lot's own purchase was returned), then the points it earned are taken
     * back — what is left of its lot, and for those already spent as much of the holder's other points, oldest first.
     * What the holder's points cannot cover is the return's shortfall, never a negative balance.
     */
    public PurchaseReturn returnPurchase(String purchaseId, LocalDate date) {
        requireId(purchaseId);
        requireNotBefore(date);
        BonusPurchase purchase = purchases.get(purchaseId);
        if (purchase == null) {
            throw new BonusRefusal(PURCHASE_UNKNOWN, "No purchase " + purchaseId + " earned or was paid with points");
        }
        requireNotReturned(purchaseId, purchase);
        passTime(date);
        int first = movements.size();
        purchase.payment().ifPresent(payment -> giveBack(payment, date));
        Amount owed = purchase.lot().map(lot -> lot.earned().minus(lot.expired())).orElse(Amount.zero(Currency.POINTS));
        Amount shortfall = purchase.lot().map(lot -> takeBackEarned(lot, date)).orElse(Amount.zero(Currency.POINTS));
        purchase.returned();
        Amount givenBack = purchase.payment().map(PointsPayment::points).orElse(Amount.zero(Currency.POINTS));
        List<PointsMovement> made = List.copyOf(movements.subList(first, movements.size()));
        return new PurchaseReturn(purchaseId, givenBack, owed.minus(shortfall), shortfall, made);
    }

    /** Time has come to a day: lots due become spendable and lots due expire; answers the lots that expired now. */
    public List<PointsLot> passTime(LocalDate date) {
        requireNotBefore(date);
        today = date;
        record EventOf(LocalDate on, boolean activation, PointsLot lot) {
        }
        List<EventOf> due = new ArrayList<>();
        for (PointsLot lot : lots) {
            if (lot.isDueForActivation(date)) {
                due.add(new EventOf(lot.spendableFrom(), true, lot));
            }
            if (lot.isDueForExpiry(date)) {
                due.add(new EventOf(lot.expiresOn(), false, lot));
            }
        }
        // Chronological, so the movements stay in date order; a lot activates before it can expire.
        due.sort(Comparator.comparing(EventOf::on).thenComparing(event -> !event.activation()));
        List<PointsLot> expired = new ArrayList<>();
        for (EventOf event : due) {
            if (event.activation()) {
                record(event.lot().activate());
            } else if (event.lot().isDueForExpiry(date)) {
                record(event.lot().expire(date));
                expired.add(event.lot());
            }
        }
        return expired;
    }

    public PointsStatement statement() {
        return PointsStatement.of(today == null ? LocalDate.MIN : today, lots, movements, rules);
    }

    public List<PointsMovement> movements() {
        return List.copyOf(movements);
    }

    public List<PointsLot> lots() {
        return List.copyOf(lots);
    }

    /** What the book knows of each purchase, in no particular order. */
    public List<PurchaseState> purchases() {
        return purchases.entrySet().stream().map(entry -> entry.getValue().state(entry.getKey())).toList();
    }

    /** The day of the book's last operation; null before its first. */
    public LocalDate today() {
        return today;
    }

    public PointsLedgerView ledgerView() {
        return PointsLedgerView.of(movements);
    }

    public BonusRules rules() {
        return rules;
    }

    private void giveBack(PointsPayment payment, LocalDate date) {
        for (LotShare share : payment.shares()) {
            PointsLot lot = lots.get((int) share.lotId() - 1);
            record(lot.giveBack(share.points(), payment.purchaseId(), date));
            if (lot.isClosed()) {
                record(lot.takeBack(share.points(), payment.purchaseId(), date));
            } else if (lot.isExpiredOn(date)) {
                record(lot.expire(date));
            }
        }
    }

    /** Takes back what the lot gave the holder (all it earned but what expired unused); answers what could not be. */
    private Amount takeBackEarned(PointsLot own, LocalDate date) {
        Amount owed = own.earned().minus(own.expired());
        Amount ownLeft = own.remaining();
        record(own.takeBack(ownLeft, own.purchaseId(), date));
        own.close();
        Amount left = owed.minus(ownLeft);
        for (PointsLot lot : lotsOldestFirst(lot -> !lot.isClosed() && !lot.isExpiredOn(date)
                && lot.remaining().isPositive())) {
            if (left.isZero()) {
                break;
            }
            Amount share = least(left, lot.remaining());
            record(lot.takeBack(share, own.purchaseId(), date));
            left = left.minus(share);
        }
        return left;
    }

    private List<PointsLot> lotsOldestFirst(Predicate<PointsLot> which) {
        return lots.stream().filter(which).sorted(OLDEST_FIRST).toList();
    }

    private void record(PointsMovement movement) {
        if (movement.points().isPositive()) {
            movements.add(movement);
        }
    }

    private static Amount least(Amount one, Amount other) {
        return one.isLessThan(other) ? one : other;
    }

    private void requireNotBefore(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (today != null && date.isBefore(today)) {
            throw new BonusRefusal(DATE_IN_PAST, date + " is before the book's last operation on " + today);
        }
    }

    private static void requireId(String purchaseId) {
        if (purchaseId == null || purchaseId.isBlank()) {
            throw new BonusRefusal(PURCHASE_INVALID, "A purchase needs an id");
        }
    }

    private static void requireNotReturned(String purchaseId, BonusPurchase purchase) {
        if (purchase.isReturned()) {
            throw new BonusRefusal(ALREADY_RETURNED, "Purchase " + purchaseId + " is returned already");
        }
    }
}
