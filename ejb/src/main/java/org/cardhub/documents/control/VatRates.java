package org.cardhub.documents.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.documents.entity.DocumentRefusal;
import org.cardhub.documents.entity.Vat;
import org.cardhub.documents.entity.VatRate;

import java.time.YearMonth;

/**
 * The VAT rate of a month: the one in force on its first day ({@code vat_rate}). Rates change at the start of a year,
 * so a month has one rate.
 */
@Dependent
public class VatRates {

    @PersistenceContext
    EntityManager em;

    public Vat of(YearMonth month) {
        return em.createQuery("SELECT r FROM VatRate r WHERE r.effectiveFrom <= :day ORDER BY r.effectiveFrom DESC",
                        VatRate.class).setParameter("day", month.atDay(1)).setMaxResults(1).getResultStream().findFirst()
                .map(VatRate::vat).orElseThrow(() -> new DocumentRefusal(DocumentRefusal.Code.NO_VAT_RATE,
                        "No VAT rate is in force in " + month));
    }
}
