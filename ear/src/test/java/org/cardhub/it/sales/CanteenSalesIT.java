package org.cardhub.it.sales;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.it.core.BackOffice;
import org.cardhub.it.core.Fixtures;
import org.cardhub.meals.boundary.CanteenSales;
import org.cardhub.meals.boundary.FreeMeals;
import org.cardhub.meals.boundary.SupplierSettlements;
import org.cardhub.meals.entity.ClassSales;
import org.cardhub.meals.entity.DishSales;
import org.cardhub.meals.entity.SalesFigures;
import org.cardhub.meals.entity.SalesReport;
import org.cardhub.meals.entity.SettlementStatement;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.CanteenPayout;
import org.cardhub.school.entity.PupilCategory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A school canteen's sales reports and its supplier's settlements on the real boundaries and database, each test in a
 * school of its own ({@link CanteenSchool}; Vladivostok, commission 7.5 %) with two days of sales
 * ({@link CanteenSchool#twoDaysOfSales}): yesterday a pupil and a member of staff bought at the till offline (booked at
 * the till's time, without dishes); today the pupil bought soup and two compotes, the member of staff two buns and had
 * one taken back, and a beneficiary had the free complex from the school's budget.
 * The report by category, dish and class adds up to what those sales posted to the merchants' account, read straight
 * from the postings. Yesterday is settled once however often and however many times at once: the share to the
 * supplier's account and the commission (per meal, half-up: 16,17 ₽, where 7.5 % of the day's 215,50 ₽ is 16,16 ₽) make
 * its sales. Another school's supplier and director, and a teacher, are refused.
 */
@ExtendWith(ArquillianExtension.class)
class CanteenSalesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return SalesTestDeployment.with("canteen-sales", CanteenSalesIT.class);
    }

    @EJB
    BackOffice backOffice;

    @EJB
    AsSupplier supplier;

    @EJB
    AsOtherSupplier otherSupplier;

    @EJB
    AsDirector director;

    @EJB
    AsOtherDirector otherDirector;

    @EJB
    AsTeacher teacher;

    @EJB
    Fixtures fixtures;

    @EJB
    Contracts contracts;

    @EJB
    FreeMeals freeMeals;

    @EJB
    Payments payments;

    @EJB
    CanteenSales sales;

    @EJB
    SupplierSettlements settlements;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    private CanteenSchool school;
    private LocalDate today;
    private LocalDate yesterday;

    @BeforeEach
    void aSchoolWithASupplierAndTwoDaysOfSales() throws Exception {
        today = LocalDate.now(CanteenSchool.ZONE);
        yesterday = today.minusDays(1);
        school = CanteenSchool.open(backOffice, fixtures, contracts, freeMeals, payments, dataSource, 750, yesterday.minusDays(1));

        school.twoDaysOfSales(payments, yesterday, today);
    }

    @Test
    void theReportByCategoryDishAndClassAddsUpToThePostingsOnTheMerchantsAccount() throws Exception {
        SalesReport report = supplier.call(() -> sales.report(school.schoolId(), yesterday, today));

        long ledger = school.merchantsPosted(start(yesterday), start(today.plusDays(1)));
        assertThat(report.total()).isEqualTo(new SalesFigures(43383, 5));
        assertThat(report.total().revenueMinor()).as("the ledger's own postings").isEqualTo(ledger)
                .isEqualTo(school.allMerchantsPosted(start(yesterday), start(today.plusDays(1))));
        assertThat(report.total().averageCheck()).isEqualTo(rub("86.77"));
        assertThat(report.of(PupilCategory.PAID)).isEqualTo(new SalesFigures(20000, 2));
        assertThat(report.of(PupilCategory.FREE_MEALS)).isEqualTo(new SalesFigures(8000, 1));
        assertThat(report.of(PupilCategory.STAFF)).isEqualTo(new SalesFigures(15383, 2));
        assertThat(report.byDay()).hasSize(2);
        assertThat(report.byDay().get(0).total()).isEqualTo(new SalesFigures(21550, 2));
        assertThat(report.byDay().get(1).total()).isEqualTo(new SalesFigures(21833, 3));
        assertThat(report.byDish()).containsExactly(new DishSales("Суп куриный", 2L, rub("110.00")),
                new DishSales("Компот", 3L, rub("75.00")), new DishSales("Булочка с маком", 1L, rub("33.33")),
                new DishSales(null, null, rub("215.50")));
        assertThat(report.byClass()).containsExactly(new ClassSales(school.classId(), "5А", new SalesFigures(28000, 3)),
                new ClassSales(null, null, new SalesFigures(15383, 2)));
        assertThat(report.supplier().supplierId()).isEqualTo(school.supplierId());

        SalesReport directors = director.call(() -> sales.report(school.schoolId(), yesterday, today));
        assertThat(directors.total()).isEqualTo(report.total());
        assertThat(backOffice.call(() -> sales.report(school.schoolId(), today, today)).total()).isEqualTo(new SalesFigures(21833, 3));
    }

    @Test
    void yesterdayIsSettledOnceShareAndCommissionMakingItsSalesHoweverOftenItRuns() throws Exception {
        int settled = settlements.settleDue(Instant.now(), school.schoolId());
        int again = settlements.settleDue(Instant.now(), school.schoolId());

        // the server's own hourly run may have settled them a moment before
        assertThat(settled).as("the day before yesterday (nothing sold) and yesterday").isLessThanOrEqualTo(2);
        assertThat(again).isZero();
        List<String> rows = school.settlements();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).isEqualTo(yesterday.minusDays(1) + " 0 0 0 0 -");
        assertThat(rows.get(1)).startsWith(yesterday + " 21550 1617 19933 2 ");
        long entry = Long.parseLong(rows.get(1).substring(rows.get(1).lastIndexOf(' ') + 1));
        assertThat(school.postingsOf(entry)).containsExactly("MERCHANT_PAYABLE -21550", "CANTEEN_COMMISSION 1617", "supplier 19933");
        assertThat(school.settlementEntries()).isEqualTo(1);
        assertThat(school.supplierBalance()).isEqualTo(19933);
        assertThat(payments.settleCanteenDay(new CanteenPayout(school.schoolId(), "Школа",
                school.contract().id(), school.supplierId(), school.supplierContract().id(), 750, yesterday.minusDays(1),
                CanteenSchool.ZONE, yesterday), "it").entryId()).as("the operation's own key").isEqualTo(entry);
        assertThat(school.settlementEntries()).isEqualTo(1);

        SettlementStatement statement = supplier.call(() -> settlements.statement(school.schoolId(), YearMonth.from(yesterday)));
        assertThat(statement.days()).singleElement().satisfies(day -> {
            assertThat(day.day()).isEqualTo(yesterday);
            assertThat(day.sales()).isEqualTo(rub("215.50"));
            assertThat(day.commission()).isEqualTo(rub("16.17"));
            assertThat(day.share()).isEqualTo(rub("199.33"));
            assertThat(day.meals()).isEqualTo(2);
        });
        boolean creditedThisMonth = YearMonth.from(yesterday).equals(YearMonth.from(today));
        assertThat(statement.opening()).isEqualTo(rub("0.00"));
        assertThat(statement.credited()).isEqualTo(creditedThisMonth ? rub("199.33") : rub("0.00"));
        assertThat(statement.closing()).isEqualTo(creditedThisMonth ? rub("199.33") : rub("0.00"));
        assertThat(director.call(() -> settlements.statement(school.schoolId(), YearMonth.from(yesterday))).showsAccount())
                .as("the supplier's account is the supplier's").isFalse();
    }

    @Test
    void twoRunsAtOnceSettleTheDayOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int run = 0; run < 4; run++) {
            runs.add(executor.submit(() -> {
                start.await();
                return settlements.settleDue(Instant.now(), school.schoolId());
            }));
        }
        start.countDown();
        int settled = 0;
        for (Future<Integer> run : runs) {
            settled += run.get(60, TimeUnit.SECONDS);
        }

        assertThat(settled).as("each day counted by the runs that settled it or found it settled").isLessThanOrEqualTo(8);
        assertThat(school.settlements()).hasSize(2);
        assertThat(school.settlementEntries()).isEqualTo(1);
        assertThat(school.supplierBalance()).isEqualTo(19933);
    }

    @Test
    void anotherSchoolsSupplierAndDirectorAndATeacherAreRefused() throws Exception {
        assertThat(Refused.by(() -> otherSupplier.call(() -> sales.report(school.schoolId(), yesterday, today))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Refused.by(() -> otherSupplier.call(() -> settlements.statement(school.schoolId(), YearMonth.from(today)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Refused.by(() -> otherDirector.call(() -> sales.report(school.schoolId(), yesterday, today))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Refused.by(() -> otherDirector.call(() -> settlements.statement(school.schoolId(), YearMonth.from(today)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Refused.by(() -> teacher.call(() -> sales.report(school.schoolId(), yesterday, today))))
                .isInstanceOf(EJBAccessException.class);
        assertThat(Refused.by(() -> teacher.call(() -> settlements.statement(school.schoolId(), YearMonth.from(today)))))
                .isInstanceOf(EJBAccessException.class);

        assertThat(otherSupplier.call(() -> sales.schools())).noneMatch(reached -> reached.id() == school.schoolId());
        assertThat(otherDirector.call(() -> sales.schools())).noneMatch(reached -> reached.id() == school.schoolId());
        assertThat(supplier.call(() -> sales.schools())).anyMatch(reached -> reached.id() == school.schoolId());
        assertThat(director.call(() -> sales.schools())).anyMatch(reached -> reached.id() == school.schoolId());
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(CanteenSchool.ZONE).toInstant();
    }

    private static Amount rub(String amount) {
        return Amount.parse(amount, Currency.RUB);
    }
}
