package org.cardhub.documents.control;

import org.cardhub.documents.entity.BalanceLine;
import org.cardhub.documents.entity.ClosingFacts;
import org.cardhub.documents.entity.Dates;
import org.cardhub.documents.entity.Figures;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The reconciliation act's content, the same in its PDF and its workbook: the opening balance, every top-up,
 * correction and transfer, the goods sold by product, the turnover and the closing balance, from the seller's books.
 * Money the company paid in is its credit, goods it received its debit; a balance in its favour (an advance) stands in
 * the credit column. Opening balance plus credit less debit is the closing balance, which the postings confirm.
 */
record ReconciliationAct(List<Line> lines, Amount debit, Amount credit, String conclusion) {

    /** A row of the act's table; {@code debit} and {@code credit} in kopecks, at most one of them not zero. */
    record Line(String date, String what, long debit, long credit, boolean total) {
    }

    static ReconciliationAct of(ClosingFacts facts) {
        ZoneId zone = facts.contract().timeZone();
        List<Line> lines = new ArrayList<>();
        Amount opening = facts.balances().opening();
        lines.add(balance("Сальдо на " + Dates.day(facts.month().atDay(1)), opening));
        long debit = 0;
        long credit = 0;
        for (BalanceLine line : facts.summary().actLines(facts.vat())) {
            long change = line.change().minorUnits();
            String date = line.at() == null ? Dates.day(facts.date()) : Dates.minute(line.at(), zone).substring(0, 10);
            lines.add(new Line(date, line.what(), change < 0 ? -change : 0, change < 0 ? 0 : change, false));
            debit += change < 0 ? -change : 0;
            credit += change < 0 ? 0 : change;
        }
        lines.add(new Line("", "Обороты за период", debit, credit, true));
        Amount closing = facts.balances().closing();
        lines.add(balance("Сальдо на " + Dates.day(facts.date()), closing));
        return new ReconciliationAct(lines, Amount.ofMinorUnits(debit, Currency.RUB), Amount.ofMinorUnits(credit, Currency.RUB),
                conclusion(facts, closing));
    }

    private static Line balance(String what, Amount balance) {
        long kopecks = balance.minorUnits();
        return new Line("", what, kopecks < 0 ? -kopecks : 0, kopecks < 0 ? 0 : kopecks, true);
    }

    private static String conclusion(ClosingFacts facts, Amount closing) {
        String on = "На " + Dates.day(facts.date()) + " ";
        if (closing.isZero()) {
            return on + "задолженность отсутствует.";
        }
        String amount = Figures.roubles(Math.abs(closing.minorUnits())) + " ₽";
        return closing.isPositive()
                ? on + "задолженность в пользу " + facts.buyer().name() + " (аванс) составляет " + amount + "."
                : on + "задолженность " + facts.buyer().name() + " перед " + facts.seller().name() + " составляет " + amount + ".";
    }

    /** The heading lines: who, what contract, which period. */
    static List<String> heading(ClosingFacts facts) {
        return List.of("за период с " + Dates.day(facts.month().atDay(1)) + " по " + Dates.day(facts.date()),
                "между " + facts.seller().name() + " (ИНН/КПП " + facts.seller().innKpp() + ") и " + facts.buyer().name()
                        + " (ИНН" + (facts.buyer().kpp() == null ? " " : "/КПП ") + facts.buyer().innKpp() + ")",
                "по договору № " + facts.contract().contractNumber() + " от " + Dates.day(facts.contractDate()),
                "Мы, нижеподписавшиеся, составили настоящий акт о том, что состояние взаимных расчётов по данным учёта "
                        + facts.seller().name() + " следующее:");
    }
}
