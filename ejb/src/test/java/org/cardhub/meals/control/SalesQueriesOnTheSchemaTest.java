package org.cardhub.meals.control;

import jakarta.persistence.EntityManager;
import org.cardhub.meals.entity.ClassSales;
import org.cardhub.meals.entity.DishSales;
import org.cardhub.meals.entity.SalesFigures;
import org.cardhub.meals.entity.SalesPeriod;
import org.cardhub.school.entity.PupilCategory;
import org.cardhub.testing.CanteenBooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.testing.CanteenBooks.BENEFICIARY;
import static org.cardhub.testing.CanteenBooks.OTHER_PUPIL;
import static org.cardhub.testing.CanteenBooks.PUPIL;
import static org.cardhub.testing.CanteenBooks.PUPIL_11B;
import static org.cardhub.testing.CanteenBooks.SCHOOL_CONTRACT;
import static org.cardhub.testing.CanteenBooks.STAFF;
import static org.cardhub.testing.CanteenBooks.ZONE;
import static org.cardhub.testing.CanteenBooks.at;
import static org.cardhub.testing.CanteenBooks.dish;
import static org.cardhub.testing.CanteenBooks.rub;

/**
 * The canteen's sales reports on the real schema (H2 in its PostgreSQL mode) over two school days in Vladivostok: by day
 * and category of customer, by dish and by class, each adding up to what the sales posted to the merchants' account,
 * read straight from the postings — a free meal is the budget's, a person's card is staff's, a reversal takes its sale's
 * dishes back, what was sold without dishes is shown apart, a card in no class is apart too; a sale a minute after the
 * last day's midnight, a fare, and another school's sale are not the canteen's of the period.
 */
class SalesQueriesOnTheSchemaTest {

    private static final LocalDate MONDAY = LocalDate.of(2030, 12, 2);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final SalesPeriod PERIOD = new SalesPeriod(MONDAY, TUESDAY);

    private final CanteenBooks books = new CanteenBooks(750, MONDAY);

    @BeforeEach
    void twoDaysOfSales() {
        // 00:10 in Vladivostok is the day before in UTC: Monday's all the same
        books.sale(PUPIL, "HOT_MEAL", at(MONDAY, 0, 10), "150.00", dish("Суп куриный", "HOT_MEAL", 1, "55.00"),
                dish("Котлета с пюре", "HOT_MEAL", 1, "95.00"));
        books.sale(STAFF, "DRINK", at(MONDAY, 12, 0), "25.00", dish("Компот", "DRINK", 1, "25.00"));
        long buns = books.sale(PUPIL, "BUFFET", at(TUESDAY, 10, 0), "60.00", dish("Булочка", "BUFFET", 2, "30.00"));
        books.reversal(buns, at(TUESDAY, 10, 5));
        books.freeMeal(BENEFICIARY, at(TUESDAY, 12, 2), "80.00", dish("Суп куриный", "HOT_MEAL", 1, "55.00"),
                dish("Компот", "DRINK", 1, "25.00"));
        books.sale(STAFF, "HOT_MEAL", at(TUESDAY, 12, 30), "120.50");
        books.sale(PUPIL_11B, "HOT_MEAL", at(TUESDAY, 23, 30), "45.00", dish("Каша овсяная", "HOT_MEAL", 1, "45.00"));
        books.sale(PUPIL_11B, "HOT_MEAL", at(TUESDAY.plusDays(1), 0, 1), "99.00", dish("Каша овсяная", "HOT_MEAL", 1, "99.00"));
        books.fare(PUPIL, at(TUESDAY, 8, 0), "30.00");
        books.sale(OTHER_PUPIL, "HOT_MEAL", at(TUESDAY, 12, 0), "70.00", dish("Суп куриный", "HOT_MEAL", 1, "70.00"));
    }

    @AfterEach
    void close() {
        books.close();
    }

    @Test
    void byDayAndCategoryOfCustomerAddingUpToThePostingsOnTheMerchantsAccount() {
        Map<LocalDate, Map<PupilCategory, SalesFigures>> days = books.inTransaction(em -> queries(em)
                .sold(SCHOOL_CONTRACT, PERIOD, ZONE).byDayAndCategory());

        assertThat(days.get(MONDAY)).isEqualTo(Map.of(PupilCategory.PAID, new SalesFigures(15000, 1),
                PupilCategory.STAFF, new SalesFigures(2500, 1)));
        assertThat(days.get(TUESDAY)).isEqualTo(Map.of(PupilCategory.PAID, new SalesFigures(4500, 1),
                PupilCategory.FREE_MEALS, new SalesFigures(8000, 1), PupilCategory.STAFF, new SalesFigures(12050, 1)));
        long total = days.values().stream().flatMap(day -> day.values().stream()).mapToLong(SalesFigures::revenueMinor).sum();
        assertThat(total).isEqualTo(42050).isEqualTo(books.merchantsPosted(PERIOD.start(ZONE), PERIOD.end(ZONE)));
    }

    @Test
    void byDishWithAReversalTakingItsDishesBackAndWhatWasSoldWithoutDishesApart() {
        List<DishSales> dishes = books.inTransaction(em -> queries(em).byDish(SCHOOL_CONTRACT, PERIOD, ZONE, 42050));

        assertThat(dishes).containsExactly(new DishSales("Суп куриный", 2L, rub("110.00")),
                new DishSales("Котлета с пюре", 1L, rub("95.00")), new DishSales("Компот", 2L, rub("50.00")),
                new DishSales("Каша овсяная", 1L, rub("45.00")), new DishSales(null, null, rub("120.50")));
    }

    @Test
    void byClassByGradeAndLetterWithTheCardsInNoClassLast() {
        List<ClassSales> classes = books.inTransaction(em -> queries(em).sold(SCHOOL_CONTRACT, PERIOD, ZONE).byClass());

        assertThat(classes).containsExactly(new ClassSales(50L, "5А", new SalesFigures(23000, 2)),
                new ClassSales(51L, "11Б", new SalesFigures(4500, 1)), new ClassSales(null, null, new SalesFigures(14550, 2)));
        assertThat(classes.stream().mapToLong(sales -> sales.figures().revenueMinor()).sum()).isEqualTo(42050);
    }

    @Test
    void aDayOfTheSchoolIsItsOwnWhateverTheZone() {
        assertThat(SalesQueries.sqlZone(ZONE)).isEqualTo("'Asia/Vladivostok'");
        assertThat(SalesQueries.sqlZone(java.time.ZoneOffset.ofHours(3))).isEqualTo("INTERVAL '+03:00' HOUR TO MINUTE");
        Map<LocalDate, Map<PupilCategory, SalesFigures>> tuesday = books.inTransaction(em -> queries(em)
                .sold(SCHOOL_CONTRACT, SalesPeriod.day(TUESDAY), ZONE).byDayAndCategory());
        assertThat(tuesday).containsOnlyKeys(TUESDAY);
    }

    private static SalesQueries queries(EntityManager em) {
        SalesQueries queries = new SalesQueries();
        queries.em = em;
        return queries;
    }
}
