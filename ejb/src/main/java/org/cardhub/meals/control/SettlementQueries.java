package org.cardhub.meals.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.meals.entity.SettledDay;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.CanteenPayout;
import org.cardhub.payments.entity.CanteenSettlement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the settlements read: the schools with a canteen supplier, each with its school contract, time zone and what a
 * day's settlement names; a school's last settled day (the settlements' key); a month's settlements; the supplier's
 * main account and its balance at a moment, from its postings ({@code posting_account_entry}).
 */
@Dependent
public class SettlementQueries {

    @PersistenceContext
    EntityManager em;

    /** A school with a canteen supplier, as its settlements name it. */
    public record Supplied(long schoolId, String name, long schoolContractId, long supplierId, long supplierContractId,
                           int commissionBp, LocalDate since, ZoneId zone) {

        public CanteenPayout payout(LocalDate day) {
            return new CanteenPayout(schoolId, name, schoolContractId, supplierId, supplierContractId, commissionBp, since,
                    zone, day);
        }
    }

    /** The schools with a supplier (one, when {@code schoolId} is given), each with its school contract. */
    public List<Supplied> suppliedSchools(Long schoolId) {
        String one = schoolId == null ? "" : " AND s.schoolId = :school";
        var query = em.createQuery("SELECT s.schoolId, o.name, c.id, s.supplierId, s.contractId, s.commissionBp, s.since, "
                        + "c.timeZone FROM CanteenSupplier s, Organization o, Contract c WHERE o.id = s.schoolId "
                        + "AND c.organizationId = s.schoolId AND c.kind = :schoolContract" + one + " ORDER BY s.schoolId, c.id",
                        Object[].class)
                .setParameter("schoolContract", ContractKind.SCHOOL);
        if (schoolId != null) {
            query.setParameter("school", schoolId);
        }
        List<Supplied> schools = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Object[] row : query.getResultList()) {
            if (seen.add((Long) row[0])) { // a school's first school contract is the one its canteen sells on
                schools.add(new Supplied((Long) row[0], (String) row[1], (Long) row[2], (Long) row[3], (Long) row[4],
                        (Integer) row[5], (LocalDate) row[6], ZoneId.of(row[7].toString())));
            }
        }
        return schools;
    }

    public Optional<LocalDate> lastSettled(long schoolId) {
        return em.createQuery("SELECT s.settleDate FROM CanteenSettlement s WHERE s.schoolId = :school "
                        + "ORDER BY s.settleDate DESC", LocalDate.class)
                .setParameter("school", schoolId).setMaxResults(1).getResultStream().findFirst();
    }

    /** The month's settlements that sold or moved anything, by day. */
    public List<SettledDay> settledDays(long schoolId, YearMonth month) {
        return em.createQuery("SELECT s FROM CanteenSettlement s WHERE s.schoolId = :school AND s.settleDate >= :first "
                        + "AND s.settleDate <= :last ORDER BY s.settleDate", CanteenSettlement.class)
                .setParameter("school", schoolId).setParameter("first", month.atDay(1))
                .setParameter("last", month.atEndOfMonth()).getResultStream()
                .filter(settled -> settled.entryId() != null || settled.meals() != 0)
                .map(settled -> new SettledDay(settled.day(), settled.sales(), settled.commission(), settled.share(),
                        settled.meals(), settled.entryId(), settled.settledAt()))
                .toList();
    }

    /** The main rouble account of a contract, which a supplier's share is paid to. */
    public long mainAccount(long contractId) {
        return em.createQuery("SELECT a.id FROM Account a WHERE a.contractId = :contract AND a.cardId IS NULL "
                        + "AND a.purpose = :main AND a.currency = :rub", Long.class)
                .setParameter("contract", contractId).setParameter("main", AccountPurpose.MAIN)
                .setParameter("rub", Currency.RUB).getSingleResult();
    }

    /** The account's balance just before {@code moment}: what its entries booked before then posted to it. */
    public Amount balanceBefore(long accountId, Instant moment) {
        return rub(em.createQuery("SELECT SUM(p.amount) FROM Posting p JOIN p.entry e WHERE p.accountId = :account "
                        + "AND e.bookedAt < :moment", Long.class)
                .setParameter("account", accountId).setParameter("moment", moment).getSingleResult());
    }

    /** What the school's settlements booked from {@code start} until {@code end} credited to the account. */
    public Amount creditedBySchool(long accountId, long schoolId, Instant start, Instant end) {
        return rub(em.createQuery("SELECT SUM(p.amount) FROM Posting p JOIN p.entry e WHERE p.accountId = :account "
                        + "AND e.bookedAt >= :start AND e.bookedAt < :end AND e.id IN "
                        + "(SELECT s.entryId FROM CanteenSettlement s WHERE s.schoolId = :school)", Long.class)
                .setParameter("account", accountId).setParameter("start", start).setParameter("end", end)
                .setParameter("school", schoolId).getSingleResult());
    }

    private static Amount rub(Long minor) {
        return Amount.ofMinorUnits(minor == null ? 0 : minor, Currency.RUB);
    }
}
