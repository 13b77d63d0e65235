package org.cardhub.documents.control;

import org.cardhub.documents.control.StreamedSheet.Style;
import org.cardhub.documents.entity.ClosingFacts;
import org.cardhub.documents.entity.DocumentKind;
import org.cardhub.documents.entity.ReportRow;
import org.cardhub.fleet.entity.MonthMovement;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The transaction report as a workbook ({@link StreamedSheet}): the parties and the month above, one row per movement
 * with the time as a date cell (in the contract's time zone) and litres, prices and amounts as numbers, the totals and
 * balances below. The amounts of the rows add up to the total, which is the month's postings.
 */
final class TransactionReportXlsx implements ReportSheet {

    private static final int HEAD = 5;

    private final StreamedSheet sheet;
    private final ClosingFacts facts;
    private final ZoneId zone;

    TransactionReportXlsx(ClosingFacts facts, OutputStream out) throws IOException {
        this.facts = facts;
        this.zone = facts.contract().timeZone();
        sheet = new StreamedSheet(out, "Транзакции", HEAD, 17, 20, 28, 30, 9, 11, 11, 11, 14, 22);
        line(DocumentKind.TRANSACTIONS.title() + " за " + facts.monthTitle()
                + (facts.isCorrection() ? " (исправление № " + facts.correctionLine() + ")" : ""), Style.BOLD);
        line("Поставщик: " + facts.seller().name() + ", ИНН/КПП " + facts.seller().innKpp(), Style.PLAIN);
        line("Покупатель: " + facts.buyer().name() + ", ИНН/КПП " + facts.buyer().innKpp(), Style.PLAIN);
        line(facts.contractReference() + ". Время операций — " + zone.getId(), Style.PLAIN);
        sheet.row();
        for (String title : new String[]{"Дата и время", "Карта", "Держатель / ТС", "АЗС", "Товар", "Кол-во, л",
                "Цена, ₽/л", "Скидка, ₽", "Сумма, ₽", "Операция"}) {
            sheet.text(title, Style.BOLD);
        }
    }

    @Override
    public void row(MonthMovement movement, ReportRow text) throws IOException {
        sheet.row();
        sheet.time(LocalDateTime.ofInstant(movement.bookedAt(), zone));
        sheet.text(text.card());
        sheet.text(text.holder());
        sheet.text(text.station());
        sheet.text(text.product());
        if (movement.soldMillilitres() != 0) {
            sheet.number(movement.soldMillilitres(), 3, Style.LITRES);
        } else {
            sheet.skip();
        }
        if (!text.price().isEmpty()) {
            sheet.number(ReportRow.listPriceOf(movement), 2, Style.ROUBLES);
        } else {
            sheet.skip();
        }
        if (movement.discountMinor() != 0) {
            sheet.number(movement.isReversal() ? -movement.discountMinor() : movement.discountMinor(), 2, Style.ROUBLES);
        } else {
            sheet.skip();
        }
        sheet.number(movement.netMinor(), 2, Style.ROUBLES);
        sheet.text(text.operation());
    }

    @Override
    public void finish() throws IOException {
        var summary = facts.summary();
        sheet.row();
        sheet.text("Итого операций: " + summary.count(), Style.BOLD);
        sheet.skip();
        sheet.skip();
        sheet.skip();
        sheet.skip();
        sheet.number(summary.litresSold(), 3, Style.LITRES);
        sheet.skip();
        sheet.skip();
        sheet.number(summary.net().minorUnits(), 2, Style.BOLD_ROUBLES);
        sheet.text("сумма проводок месяца");
        total("Отпущено товаров, ₽", summary.sold().minorUnits());
        total("Пополнения, ₽", summary.toppedUp().minorUnits());
        total("Остаток на начало месяца, ₽", facts.balances().opening().minorUnits());
        total("Остаток на конец месяца, ₽", facts.balances().closing().minorUnits());
        sheet.finish();
    }

    @Override
    public void close() throws IOException {
        sheet.close();
    }

    private void line(String text, Style style) throws IOException {
        sheet.row();
        sheet.text(text, style);
    }

    private void total(String what, long kopecks) throws IOException {
        sheet.row();
        sheet.text(what, Style.BOLD);
        for (int column = 1; column < 8; column++) {
            sheet.skip();
        }
        sheet.number(kopecks, 2, Style.BOLD_ROUBLES);
    }
}
