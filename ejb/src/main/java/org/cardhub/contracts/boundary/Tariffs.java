package org.cardhub.contracts.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.Role;
import org.cardhub.contracts.entity.DiscountScope;
import org.cardhub.contracts.entity.InvalidTariffException;
import org.cardhub.contracts.entity.Tariff;
import org.cardhub.contracts.entity.TariffChoice;
import org.cardhub.contracts.entity.TariffDiscount;
import org.cardhub.contracts.entity.TariffOffer;
import org.cardhub.contracts.entity.TariffOption;
import org.cardhub.contracts.entity.TariffSheet;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.cardhub.contracts.entity.InvalidTariffException.Code.DISCOUNT_UNKNOWN;
import static org.cardhub.contracts.entity.InvalidTariffException.Code.TARIFF_UNKNOWN;

/**
 * Tariffs as data: what a new client may choose (families, options, chosen stations) and the rules of the choice, and
 * for the back office every tariff's discounts with their effective dates — a new discount row from today or later,
 * an end to one — each change kept in the audit trail, old → new.
 */
@Stateless
@RolesAllowed(Role.Names.BACKOFFICE)
public class Tariffs {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** The tariff families open to new contracts, in their order, each option with its discounts in force today or later. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<TariffOffer> offered() {
        List<Tariff> tariffs = em.createQuery("SELECT t FROM Tariff t WHERE t.offered = TRUE ORDER BY t.sortOrder, t.code",
                Tariff.class).getResultList();
        Map<String, List<TariffDiscount>> current = em.createQuery("SELECT d FROM TariffDiscount d, Tariff t "
                        + "WHERE t.code = d.tariffCode AND t.offered = TRUE AND (d.endsOn IS NULL OR d.endsOn > :today) "
                        + "ORDER BY d.effectiveFrom, d.id", TariffDiscount.class)
                .setParameter("today", today()).getResultStream()
                .collect(Collectors.groupingBy(TariffDiscount::tariffCode));
        Map<String, List<Tariff>> families = tariffs.stream()
                .collect(Collectors.groupingBy(Tariff::family, LinkedHashMap::new, Collectors.toList()));
        return families.entrySet().stream().map(family -> new TariffOffer(family.getKey(),
                family.getValue().get(0).chosenStations(), family.getValue().stream()
                .map(tariff -> new TariffOption(tariff.code(), tariff.option(), tariff.name(), tariff.description(),
                        current.getOrDefault(tariff.code(), List.of()))).toList())).toList();
    }

    /**
     * The tariff of a family and option with its stations, as a new contract would take it; refused with the rule it
     * breaks ({@link TariffOffer#choose}), or {@code TARIFF_UNKNOWN} for a family not offered.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public TariffChoice choose(String family, String option, List<String> stations) {
        return offered().stream().filter(offer -> offer.family().equals(family)).findFirst()
                .orElseThrow(() -> new InvalidTariffException(TARIFF_UNKNOWN, "No tariff " + family + " is offered"))
                .choose(option, stations);
    }

    /** Every tariff, offered or not, with all its discount rows, the latest to start first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<TariffSheet> all() {
        Map<String, List<TariffDiscount>> rows = em.createQuery("SELECT d FROM TariffDiscount d "
                        + "ORDER BY d.effectiveFrom DESC, d.id DESC", TariffDiscount.class).getResultStream()
                .collect(Collectors.groupingBy(TariffDiscount::tariffCode));
        return em.createQuery("SELECT t FROM Tariff t ORDER BY t.sortOrder, t.code", Tariff.class).getResultStream()
                .map(tariff -> new TariffSheet(tariff, rows.getOrDefault(tariff.code(), List.of()))).toList();
    }

    /** Today in the operator's zone: the first day a new discount may start or an old one end. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LocalDate today() {
        return LocalDate.now(clock.withZone(TariffDiscount.OPERATOR_ZONE));
    }

    /** A new discount row of the tariff, in force from {@code from} (today or later) until ended. */
    public TariffDiscount addDiscount(String tariffCode, DiscountScope scope, int basisPoints, LocalDate from) {
        Tariff tariff = tariffCode == null ? null : em.find(Tariff.class, tariffCode);
        if (tariff == null) {
            throw new InvalidTariffException(TARIFF_UNKNOWN, "No tariff " + tariffCode);
        }
        String actor = audit.actor(null);
        TariffDiscount discount = TariffDiscount.of(tariff, Objects.requireNonNull(scope), basisPoints, from, today(),
                actor, Instant.now(clock));
        em.persist(discount);
        em.flush();
        audit.record(actor, "tariff.discount-add", AuditSubject.TARIFF, tariff.code(),
                "discount " + discount.id() + ": none -> " + discount.describe());
        return discount;
    }

    /** Ends a discount row: from {@code on} (today or later) it no longer applies. */
    public TariffDiscount endDiscount(long discountId, LocalDate on) {
        TariffDiscount discount = em.find(TariffDiscount.class, discountId);
        if (discount == null) {
            throw new InvalidTariffException(DISCOUNT_UNKNOWN, "No tariff discount " + discountId);
        }
        String before = discount.describe();
        discount.end(on, today());
        audit.record(audit.actor(null), "tariff.discount-end", AuditSubject.TARIFF, discount.tariffCode(),
                "discount " + discountId + ": " + before + " -> " + discount.describe());
        return discount;
    }
}
