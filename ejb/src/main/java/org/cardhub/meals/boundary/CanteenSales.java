package org.cardhub.meals.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.callers.Role;
import org.cardhub.meals.control.CanteenReaders;
import org.cardhub.meals.control.SalesQueries;
import org.cardhub.meals.entity.CategorySales;
import org.cardhub.meals.entity.DaySales;
import org.cardhub.meals.entity.SalesFigures;
import org.cardhub.meals.entity.SalesPeriod;
import org.cardhub.meals.entity.SalesReport;
import org.cardhub.school.boundary.StaffDirectory;
import org.cardhub.school.entity.PupilCategory;
import org.cardhub.school.entity.SchoolRef;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A school canteen's sales by day and period, for its supplier's people, the school's director and the back office
 * ({@link CanteenReaders}): by category of customer (paying pupils, free-meal beneficiaries, staff), by day, by dish and
 * by class, with totals that are what the sales posted to the merchants' account — the same sales its supplier is
 * settled for ({@link org.cardhub.payments.entity.CanteenSale}). Three aggregate statements a report, whatever the
 * school's size ({@link SalesQueries}).
 */
@Stateless
@RolesAllowed({Role.Names.CANTEEN, Role.Names.DIRECTOR, Role.Names.BACKOFFICE})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CanteenSales {

    @Resource
    SessionContext session;

    @EJB
    StaffDirectory staff;

    @Inject
    CanteenReaders readers;

    @Inject
    SalesQueries queries;

    /** The schools whose canteen's sales the caller reads, by name. */
    public List<SchoolRef> schools() {
        return readers.schools(session);
    }

    /** The school's canteen sales from {@code from} to {@code to}, both included, days in the school's time zone. */
    public SalesReport report(long schoolId, LocalDate from, LocalDate to) {
        SalesPeriod period = new SalesPeriod(from, to);
        SchoolRef school = readers.require(schoolId, session);
        SalesQueries.Sold sold = queries.sold(school.contractId(), period, school.zone());
        List<DaySales> days = period.eachDay().map(day -> new DaySales(day, sold.byDayAndCategory().getOrDefault(day, Map.of())))
                .toList();
        List<CategorySales> categories = Arrays.stream(PupilCategory.values())
                .map(category -> new CategorySales(category, days.stream().map(day -> day.of(category))
                        .reduce(SalesFigures.NONE, SalesFigures::plus)))
                .toList();
        SalesFigures total = categories.stream().map(CategorySales::figures).reduce(SalesFigures.NONE, SalesFigures::plus);
        return new SalesReport(school, staff.supplierOf(schoolId).orElse(null), period, total, categories, days,
                queries.byDish(school.contractId(), period, school.zone(), total.revenueMinor()),
                sold.byClass());
    }
}
