package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.it.PeriodPages;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.periods.boundary.Periods;
import org.cardhub.periods.control.MonthClosing;
import org.cardhub.periods.entity.ContractBooks;
import org.cardhub.periods.entity.MonthStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office closes and reopens a contract's months on the month close page in a real Chromium, and the effect
 * is checked where it lands: in the ledger's closed months and their story.
 *
 * <p>The first step (inside Payara) makes a contract of its own, two months old, numbered with this run's mark: the
 * month before last closed by the timer's own close, last month closed and reopened (so the hourly timer leaves it to
 * the test). The browser step ({@link RunAsClient}) finds it by that number; the last step checks the books. Client
 * and container share no memory, so the mark travels in the deployment.</p>
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonthCloseInBrowserIT {

    private static final String RUN_RESOURCE = "cardhub-it/month-close-run.txt";
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final String REASON = "IT: акт сверки исправлен";

    /** This run's contract number: set by {@link #deployment()} on the client, read from the deployment in the container. */
    private static String number;

    @Deployment
    static EnterpriseArchive deployment() {
        number = "P-" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
        JavaArchive mark = ShrinkWrap.create(JavaArchive.class, "month-close-run.jar")
                .addAsResource(new StringAsset(number), RUN_RESOURCE);
        return CoreTestDeployment.with("month-close-browser", MonthCloseInBrowserIT.class, PeriodPages.class).addAsLibrary(mark);
    }

    @EJB
    BackOffice backOffice;

    @EJB
    Fixtures fixtures;

    @EJB
    Periods periods;

    @EJB
    MonthClosing timersClose;

    @EJB
    Ledger ledger;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    @Test
    @Order(1)
    void aContractOfTwoMonthsWithTheMonthBeforeLastClosedByTheTimerAndLastMonthReopened() throws SQLException {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.PREPAID, "0"));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("UPDATE contract SET number = ?, created_at = ? WHERE id = ?")) {
            statement.setString(1, number());
            statement.setTimestamp(2, Timestamp.from(last().minusMonths(1).atDay(1).atTime(10, 0).atZone(MOSCOW).toInstant()));
            statement.setLong(3, contract.id());
            statement.executeUpdate();
        }
        // the hourly timer may have closed it first in the first days of a month: either way it is the timer's close
        timersClose.close(contract.id(), last().minusMonths(1), Instant.now());
        backOffice.call(() -> periods.closeNow(contract.id(), last()));
        backOffice.call(() -> periods.reopen(contract.id(), last(), "IT: the test closes this month itself"));

        List<MonthStatus> months = backOffice.call(() -> periods.months(books().contractId(), 0, 12));
        assertThat(months).extracting(MonthStatus::state).containsExactly(MonthStatus.State.OPEN, MonthStatus.State.REOPENED,
                MonthStatus.State.CLOSED);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theBackOfficeFindsTheContractClosesLastMonthAndReopensItOnlyWithAReason() throws Exception {
        try (PeriodPages pages = PeriodPages.signedIn("admin")) {
            assertThat(pages.openFromMenu("Закрытие месяцев")).isEqualTo("Закрытие месяцев");
            assertThat(pages.search("")).isEqualTo("Введите номер договора.");
            assertThat(pages.search("P-NONE-" + number())).isEqualTo("Договора «P-NONE-" + number() + "» нет.");
            assertThat(pages.search("  " + number() + " ")).isEmpty();

            List<String> rows = pages.rows();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0)).contains(monthName(last().plusMonths(1)), "Открыт", "ещё идёт");
            assertThat(rows.get(1)).contains(monthName(last()), "Открыт повторно", "IT: the test closes this month itself");
            assertThat(rows.get(2)).contains(monthName(last().minusMonths(1)), "Закрыт", "автоматически");
            assertThat(pages.shows("months:table:0:close")).as("the current month cannot be closed").isFalse();
            assertThat(pages.shows("months:table:2:close")).as("a closed month is not closed twice").isFalse();

            assertThat(pages.closeNow(1, "закрыт")).contains("Месяц " + monthName(last()) + " договора " + number() + " закрыт.");
            assertThat(pages.rows().get(1)).contains("Закрыт", "(admin)").doesNotContain("Открыт повторно");

            assertThat(pages.reopenRefused(1, "   ")).isEqualTo("Укажите причину.");
            assertThat(pages.rows().get(1)).as("a blank reason reopens nothing").contains("Закрыт");

            assertThat(pages.reopen(1, REASON + " " + number(), "снова открыт")).contains(monthName(last()), number());
            assertThat(pages.rows().get(1)).contains("Открыт повторно", REASON + " " + number());

            assertThat(pages.fitsAPhone()).as("nothing sticks out sideways at 375 px").isTrue();
        }
    }

    @Test
    @Order(3)
    void theLedgerHasLastMonthOpenAgainAndItsStoryOfClosesAndReopens() {
        ContractBooks books = books();

        List<MonthStatus> months = backOffice.call(() -> periods.months(books.contractId(), 0, 12));
        assertThat(ledger.isClosed(books.contractId(), last())).isFalse();
        assertThat(ledger.isClosed(books.contractId(), last().minusMonths(1))).isTrue();
        assertThat(months.get(1).state()).isEqualTo(MonthStatus.State.REOPENED);
        assertThat(months.get(1).lastReopen().reason()).isEqualTo(REASON + " " + number());
        assertThat(months.get(1).lastClose().actor()).as("closed by the signed-in person").isNotEqualTo("backoffice")
                .isNotEqualTo(MonthStatus.TIMER);
        assertThat(months.get(2).closedByTimer()).isTrue();
    }

    private ContractBooks books() {
        return backOffice.call(() -> periods.books(number())).orElseThrow();
    }

    private static YearMonth last() {
        return YearMonth.now(MOSCOW).minusMonths(1);
    }

    /** As the page writes a month in Russian: «январь 2026». */
    private static String monthName(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", Locale.forLanguageTag("ru")).format(month);
    }

    private static String number() {
        if (number == null) {
            try (InputStream mark = MonthCloseInBrowserIT.class.getClassLoader().getResourceAsStream(RUN_RESOURCE)) {
                assertThat(mark).as(RUN_RESOURCE + " in the deployment").isNotNull();
                number = new String(mark.readAllBytes(), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return number;
    }
}
