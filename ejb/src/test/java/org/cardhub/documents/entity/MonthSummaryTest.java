package org.cardhub.documents.entity;

import org.cardhub.fleet.entity.MonthMovement;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A month summed up: every movement lands in one place — goods sold by product, or a line of the act — so the parts
 * add up to the month's postings, whatever the kinds.
 */
class MonthSummaryTest {

    private static final Instant AT = Instant.parse("2026-01-10T10:00:00Z");

    @Test
    void salesLessReversalsByProductTopUpsAndCorrectionsAddUpToThePostings() {
        MonthSummary summary = new MonthSummary();
        List<MonthMovement> month = List.of(
                movement(1, EntryKind.TOP_UP, null, null, 0, 10_000_000),
                movement(2, EntryKind.PURCHASE, null, "AI-95", 40_000, -246_000),
                movement(3, EntryKind.COMPLETION, null, "DT", 100_500, -705_510),
                movement(4, EntryKind.PURCHASE, null, "AI-92", 30_000, -168_000),
                movement(5, EntryKind.REVERSAL, EntryKind.PURCHASE, "AI-92", 30_000, 168_000),
                movement(6, EntryKind.CORRECTION, null, null, 0, -1_000),
                movement(7, EntryKind.TRANSFER, null, null, 0, 50_000),
                movement(8, EntryKind.REVERSAL, EntryKind.TOP_UP, null, 0, -200_000));
        month.forEach(summary::add);

        long postings = month.stream().mapToLong(MonthMovement::netMinor).sum();
        assertThat(summary.net()).isEqualTo(rub(postings));
        assertThat(summary.count()).isEqualTo(8);
        assertThat(summary.sold()).isEqualTo(rub(951_510));
        assertThat(summary.toppedUp()).as("a top-up less its reversal").isEqualTo(rub(9_800_000));
        assertThat(summary.litresSold()).isEqualTo(140_500);

        Vat vat = new Vat(22);
        List<SalesLine> sales = summary.sales(vat);
        assertThat(sales).as("AI-92 was sold and taken back").extracting(SalesLine::name)
                .containsExactly("Бензин автомобильный АИ-95", "Топливо дизельное");
        assertThat(sales.stream().map(SalesLine::gross).reduce(Amount::plus)).contains(summary.sold());
        assertThat(summary.salesTax(vat)).isEqualTo(rub(44_361 + 127_223));

        assertThat(summary.actLines(vat).stream().map(BalanceLine::change).reduce(Amount::plus)).contains(summary.net());
        assertThat(summary.actLines(vat)).extracting(BalanceLine::what).containsExactly(
                "Оплата (пополнение счёта), операция № 1", "Корректировка, операция № 6",
                "Перевод с другого договора, операция № 7", "Отмена: Оплата (пополнение счёта), операция № 8",
                "Отпуск: Бензин автомобильный АИ-95, 40,000 л",
                "Отпуск: Топливо дизельное, 100,500 л");
    }

    @Test
    void aLineOfWhatIsNotSoldByVolumeCountsPieces() {
        MonthSummary summary = new MonthSummary();
        summary.add(movement(1, EntryKind.PURCHASE, null, "CAR_WASH", 0, -50_000));
        summary.add(movement(2, EntryKind.PURCHASE, null, "CAR_WASH", 0, -50_000));

        SalesLine wash = summary.sales(new Vat(22)).get(0);
        assertThat(wash.byVolume()).isFalse();
        assertThat(wash.count()).isEqualTo(2);
        assertThat(wash.unitCode()).isEqualTo("796");
        assertThat(wash.unitPriceNet()).isEqualTo(rub(40_984));
    }

    private static MonthMovement movement(long id, EntryKind kind, EntryKind reversed, String product, long millilitres,
                                          long net) {
        return new MonthMovement(id, AT.plusSeconds(id), kind, reversed, null, null, null, product, millilitres,
                Math.abs(net), 0, net);
    }

    private static Amount rub(long kopecks) {
        return Amount.ofMinorUnits(kopecks, Currency.RUB);
    }
}
