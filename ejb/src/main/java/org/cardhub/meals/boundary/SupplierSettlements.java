package org.cardhub.meals.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.Role;
import org.cardhub.meals.control.CanteenReaders;
import org.cardhub.meals.control.SettlementQueries;
import org.cardhub.meals.entity.SettledDay;
import org.cardhub.meals.entity.SettlementStatement;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.CanteenPayout;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.school.boundary.StaffDirectory;
import org.cardhub.school.entity.SchoolRef;
import org.cardhub.school.entity.SupplierRef;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a school's canteen supplier is paid for the school's canteen sales: the settlement of every school day once it
 * has ended in the school's zone, from the supplier's first day on, each through {@link Payments#settleCanteenDay} in a
 * transaction of its own (the timer's work, {@link SupplierSettlementTimer}; idempotent, so runs may repeat or overlap);
 * and a month's statement of the settlements with the supplier's account over the month, for the supplier's people, the
 * school's director and the back office ({@link CanteenReaders}).
 */
@Stateless
@RolesAllowed({Role.Names.CANTEEN, Role.Names.DIRECTOR, Role.Names.BACKOFFICE})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SupplierSettlements {

    private static final Logger LOG = Logger.getLogger(SupplierSettlements.class.getName());
    private static final String SOURCE = "system:canteen-settlement";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    StaffDirectory staff;

    @EJB
    Payments payments;

    @Inject
    CanteenReaders readers;

    @Inject
    SettlementQueries queries;

    /** The month's statement of the school's settlements; the supplier's account shown to its people and the back office. */
    public SettlementStatement statement(long schoolId, YearMonth month) {
        SchoolRef school = readers.require(schoolId, session);
        Amount zero = Amount.zero(Currency.RUB);
        Optional<SupplierRef> supplier = staff.supplierOf(schoolId);
        if (supplier.isEmpty()) {
            return new SettlementStatement(school, null, month, List.of(), SettledDay.total(List.of(), zero), null, null, null);
        }
        List<SettledDay> days = queries.settledDays(schoolId, month);
        SettledDay total = SettledDay.total(days, zero);
        if (session.isCallerInRole(Role.Names.DIRECTOR) && !session.isCallerInRole(Role.Names.BACKOFFICE)
                && !staff.suppliesCanteen(schoolId)) {
            return new SettlementStatement(school, supplier.get(), month, days, total, null, null, null);
        }
        Instant start = month.atDay(1).atStartOfDay(school.zone()).toInstant();
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(school.zone()).toInstant();
        long account = queries.mainAccount(supplier.get().contractId());
        return new SettlementStatement(school, supplier.get(), month, days, total, queries.balanceBefore(account, start),
                queries.creditedBySchool(account, schoolId, start, end), queries.balanceBefore(account, end));
    }

    /** Settles every school day that has ended by {@code now} and is not settled yet, in every school with a supplier. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int settleDue(Instant now) {
        return settle(now, queries.suppliedSchools(null));
    }

    /** The same in one school (an organisation) only. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int settleDue(Instant now, long schoolId) {
        return settle(now, queries.suppliedSchools(schoolId));
    }

    /**
     * Each school's days in order, from the day after its last settled one (its supplier's first day when none, or when
     * a new supplier began later) to the last one ended; a school stops at a day that could not be settled, tried again
     * at the next run, and the others go on.
     */
    private int settle(Instant now, List<SettlementQueries.Supplied> schools) {
        int settled = 0;
        for (SettlementQueries.Supplied school : schools) {
            LocalDate today = LocalDate.ofInstant(now, school.zone());
            LocalDate day = queries.lastSettled(school.schoolId()).map(last -> last.plusDays(1))
                    .filter(next -> next.isAfter(school.since())).orElse(school.since());
            for (; day.isBefore(today); day = day.plusDays(1)) {
                if (!settle(school.payout(day))) {
                    break;
                }
                settled++;
            }
        }
        return settled;
    }

    private boolean settle(CanteenPayout payout) {
        try {
            Outcome outcome = payments.settleCanteenDay(payout, SOURCE);
            if (!outcome.isApproved()) {
                LOG.warning(() -> "Canteen sales of school " + payout.schoolId() + " on " + payout.day() + " not settled: "
                        + outcome.message() + "; next run again");
            }
            return outcome.isApproved();
        } catch (RuntimeException e) { // a refusal as much as a failure of the database
            LOG.log(Level.WARNING, "Canteen sales of school " + payout.schoolId() + " on " + payout.day()
                    + " could not be settled now; next run again", e);
            return false;
        }
    }
}
