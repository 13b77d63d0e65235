package org.cardhub.payments.control;

import org.cardhub.testing.NoTransaction;
import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.payments.entity.CanteenPayout;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.InvalidOperationException;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.testing.CanteenBooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.cardhub.testing.CanteenBooks.BENEFICIARY;
import static org.cardhub.testing.CanteenBooks.PUPIL;
import static org.cardhub.testing.CanteenBooks.STAFF;
import static org.cardhub.testing.CanteenBooks.ZONE;
import static org.cardhub.testing.CanteenBooks.at;
import static org.cardhub.testing.CanteenBooks.proxy;
import static org.cardhub.testing.CanteenBooks.with;

/**
 * A school day's canteen sales settled to its supplier on the real schema and mapping (H2 in its PostgreSQL mode, the
 * operation wired by hand as the container would), at 7.5 %: the commission is taken meal by meal, half-up, and
 * summed — 16,17 ₽ on 95,00 and 120,50, where 7.5 % of their 215,50 would be 16,16; share and commission make the
 * sales and leave the merchants' account in one entry; a second run changes nothing; a day not ended is refused with
 * nothing written; a sale booked late into a day already settled goes with the next day; a day of reversals takes the
 * difference back from the supplier, and is declined (and not kept) while the supplier's account cannot give it.
 */
class SupplierPayoutsOnTheSchemaTest {

    private static final LocalDate MONDAY = LocalDate.of(2030, 12, 2);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final LocalDate WEDNESDAY = MONDAY.plusDays(2);

    private final CanteenBooks books = new CanteenBooks(750, MONDAY);

    @AfterEach
    void close() {
        books.close();
    }

    @Test
    void aDaysSalesLeaveTheMerchantsAccountAsTheSuppliersShareAndTheCommissionTakenMealByMeal() {
        books.sale(PUPIL, "HOT_MEAL", at(MONDAY, 11, 5), "95.00");
        books.sale(STAFF, "BUFFET", at(MONDAY, 12, 40), "120.50");
        books.sale(PUPIL, "HOT_MEAL", at(TUESDAY, 0, 10), "45.00");

        Outcome settled = settle(MONDAY, at(TUESDAY, 0, 30));

        assertThat(settled.isApproved()).as(settled.message()).isTrue();
        assertThat(settlements()).containsExactly(MONDAY + " 21550 1617 19933 2 " + settled.entryId());
        assertThat(books.rows("SELECT COALESCE(a.system_code, 'contract ' || a.contract_id) || ' ' || p.amount_minor FROM posting p "
                + "JOIN account a ON a.id = p.account_id WHERE p.entry_id = " + settled.entryId() + " ORDER BY p.amount_minor"))
                .containsExactly("MERCHANT_PAYABLE -21550", "CANTEEN_COMMISSION 1617", "contract 80 19933");
        assertThat(supplierBalance()).isEqualTo(19933);
        assertThat(books.rows("SELECT COUNT(*) FROM canteen_settled_entry")).containsExactly("2");
    }

    @Test
    void aSecondRunOfTheDayChangesNothingAndADayNotEndedIsRefusedWithNothingWritten() {
        books.sale(PUPIL, "HOT_MEAL", at(MONDAY, 11, 5), "95.00");
        Outcome first = settle(MONDAY, at(TUESDAY, 9, 0));
        Outcome second = settle(MONDAY, at(TUESDAY, 10, 0));

        assertThat(second.entryId()).isEqualTo(first.entryId());
        assertThat(books.rows("SELECT COUNT(*) FROM canteen_settlement")).containsExactly("1");
        assertThat(books.rows("SELECT COUNT(*) FROM journal_entry WHERE category = 'CANTEEN_SETTLEMENT'")).containsExactly("1");
        assertThat(supplierBalance()).isEqualTo(9500 - 713);

        Throwable early = catchThrowable(() -> settle(TUESDAY, at(TUESDAY, 23, 59)));
        assertThat(early).isInstanceOfSatisfying(InvalidOperationException.class,
                refused -> assertThat(refused.code()).isEqualTo(InvalidOperationException.Code.RANGE_INVALID));
        assertThat(books.rows("SELECT COUNT(*) FROM canteen_settlement")).containsExactly("1");
        assertThat(books.rows("SELECT COUNT(*) FROM idempotency_record WHERE scope = 'canteen-settlement'")).containsExactly("1");
    }

    @Test
    void aSaleBookedLateIntoADayAlreadySettledGoesWithTheNextDayAndAFreeMealIsASaleToo() {
        books.sale(PUPIL, "HOT_MEAL", at(MONDAY, 11, 5), "95.00");
        settle(MONDAY, at(TUESDAY, 1, 0));
        long late = books.sale(STAFF, "BUFFET", at(MONDAY, 13, 0), "30.00");
        books.freeMeal(BENEFICIARY, at(TUESDAY, 12, 2), "80.00");
        long taken = books.sale(PUPIL, "HOT_MEAL", at(TUESDAY, 12, 5), "45.00");
        books.reversal(taken, at(TUESDAY, 12, 30));

        Outcome tuesday = settle(TUESDAY, at(WEDNESDAY, 1, 0));

        assertThat(tuesday.isApproved()).as(tuesday.message()).isTrue();
        // 30,00 (2,25) + 80,00 (6,00) + 45,00 (3,38) − 45,00 (−3,38): two meals
        assertThat(settlements()).element(1).isEqualTo(TUESDAY + " 11000 825 10175 2 " + tuesday.entryId());
        assertThat(books.rows("SELECT settle_date FROM canteen_settled_entry WHERE entry_id = " + late))
                .containsExactly(TUESDAY.toString());
        assertThat(books.rows("SELECT COUNT(*) FROM canteen_settled_entry")).containsExactly("5");
        assertThat(books.rows("SELECT SUM(sales_minor) FROM canteen_settlement"))
                .containsExactly(String.valueOf(books.merchantsPosted(at(MONDAY, 0, 0), at(WEDNESDAY, 0, 0))));
    }

    @Test
    void aDayOfReversalsTakesTheDifferenceBackAndWaitsWhileTheSuppliersAccountCannotGiveIt() {
        long sold = books.sale(PUPIL, "HOT_MEAL", at(MONDAY, 11, 5), "95.00");
        settle(MONDAY, at(TUESDAY, 1, 0));
        books.reversal(sold, at(TUESDAY, 9, 0));
        books.inTransaction(em -> CanteenBooks.sql(em, "UPDATE account SET balance_minor = 5000 WHERE id = 880"));

        Outcome declined = settle(TUESDAY, at(WEDNESDAY, 1, 0));

        assertThat(declined.reason()).isEqualTo(DeclineCode.INSUFFICIENT_FUNDS);
        assertThat(books.rows("SELECT COUNT(*) FROM canteen_settlement")).containsExactly("1");
        assertThat(books.rows("SELECT COUNT(*) FROM idempotency_record WHERE scope = 'canteen-settlement'")).containsExactly("1");

        books.inTransaction(em -> CanteenBooks.sql(em, "UPDATE account SET balance_minor = 9000 WHERE id = 880"));
        Outcome taken = settle(TUESDAY, at(WEDNESDAY, 2, 0));

        assertThat(taken.isApproved()).as(taken.message()).isTrue();
        assertThat(settlements()).element(1).isEqualTo(TUESDAY + " -9500 -713 -8787 -1 " + taken.entryId());
        assertThat(supplierBalance()).isEqualTo(9000 - 8787);
    }

    private Outcome settle(LocalDate day, Instant now) {
        CanteenPayout payout = new CanteenPayout(CanteenBooks.SCHOOL, "Школа № 7", CanteenBooks.SCHOOL_CONTRACT,
                CanteenBooks.SUPPLIER, CanteenBooks.SUPPLIER_CONTRACT, 750, MONDAY, ZONE, day);
        return books.inTransaction(em -> payouts(em, now).settle(payout, "system:canteen-settlement"));
    }

    private java.util.List<String> settlements() {
        return books.rows("SELECT settle_date || ' ' || sales_minor || ' ' || commission_minor || ' ' || share_minor || ' ' "
                + "|| meals || ' ' || COALESCE(CAST(entry_id AS VARCHAR), '-') FROM canteen_settlement ORDER BY settle_date");
    }

    private long supplierBalance() {
        return Long.parseLong(books.rows("SELECT balance_minor FROM account WHERE id = " + CanteenBooks.SUPPLIER_ACCOUNT).get(0));
    }

    private static SupplierPayouts payouts(EntityManager em, Instant now) {
        SupplierPayouts payouts = new SupplierPayouts();
        payouts.em = em;
        payouts.ledger = CanteenBooks.ledger(em);
        AuditLog audit = with(new AuditLog(), "em", em);
        Principal system = () -> "system";
        payouts.audit = with(audit, "session", proxy(SessionContext.class, arguments -> system));
        OperationRecords records = NoTransaction.wire(new OperationRecords());
        records.em = em;
        payouts.records = records;
        Purses purses = new Purses();
        purses.em = em;
        purses.ledger = payouts.ledger;
        purses.cards = with(NoTransaction.wire(new CardDirectory()), "em", em);
        purses.access = proxy(ObjectAccess.class, arguments -> null);
        payouts.purses = purses;
        payouts.clock = Clock.fixed(now, ZoneOffset.UTC);
        return payouts;
    }
}
