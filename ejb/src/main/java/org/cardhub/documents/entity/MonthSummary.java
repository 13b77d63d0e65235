package org.cardhub.documents.entity;

import org.cardhub.fleet.entity.MonthMovement;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A closed month summed up while its movements stream past, once: the goods sold by product (purchases less their
 * reversals, what the invoice and UPD bill), every top-up, correction and transfer from or to another contract (each a
 * line of the reconciliation act), and what all of them moved. Every movement lands in exactly one of these, so they
 * add up to the month's postings on the contract: {@link #net()} is that sum, whatever the kinds of entry.
 */
public final class MonthSummary {

    private final Map<String, long[]> sales = new TreeMap<>(Comparator.comparing(Products::name).thenComparing(code -> code));
    private final List<BalanceLine> movements = new ArrayList<>();
    private long count;
    private long net;
    private long sold;
    private long toppedUp;

    public void add(MonthMovement movement) {
        count++;
        net = Math.addExact(net, movement.netMinor());
        if (movement.isSale()) {
            long[] line = sales.computeIfAbsent(movement.product() == null ? "" : movement.product(), code -> new long[3]);
            line[0] = Math.subtractExact(line[0], movement.netMinor());
            line[1] += movement.soldMillilitres();
            line[2] += movement.isReversal() ? -1 : 1;
            sold = Math.subtractExact(sold, movement.netMinor());
            return;
        }
        EntryKind effect = movement.effectKind();
        if (effect == EntryKind.TOP_UP) {
            toppedUp = Math.addExact(toppedUp, movement.netMinor());
        }
        movements.add(new BalanceLine(movement.bookedAt(), describe(movement), rub(movement.netMinor())));
    }

    private static String describe(MonthMovement movement) {
        String what = switch (movement.effectKind()) {
            case TOP_UP -> "Оплата (пополнение счёта)";
            case CORRECTION -> "Корректировка";
            case AUTO_TOP_UP -> "Автопополнение";
            default -> movement.netMinor() > 0 ? "Перевод с другого договора" : "Перевод на другой договор";
        };
        return (movement.isReversal() ? "Отмена: " : "") + what + ", операция № " + movement.entryId();
    }

    /** The goods sold, one line per product, by name; a product whose every sale was reversed has none. */
    public List<SalesLine> sales(Vat vat) {
        return sales.entrySet().stream().filter(line -> line.getValue()[0] != 0 || line.getValue()[1] != 0)
                .map(line -> new SalesLine(line.getKey().isEmpty() ? null : line.getKey(), line.getValue()[1],
                        line.getValue()[2], rub(line.getValue()[0]), vat)).toList();
    }

    /** The VAT of the goods sold: the sum of the lines' VAT, as the invoice's total row shows it. */
    public Amount salesTax(Vat vat) {
        return sales(vat).stream().map(SalesLine::tax).reduce(Amount.zero(Currency.RUB), Amount::plus);
    }

    /** The act's lines: the other movements in booking order, then the goods sold by product (money out). */
    public List<BalanceLine> actLines(Vat vat) {
        List<BalanceLine> lines = new ArrayList<>(movements);
        for (SalesLine line : sales(vat)) {
            String quantity = line.byVolume() ? Figures.litres(line.millilitres()) + " л" : line.count() + " шт";
            lines.add(new BalanceLine(null, "Отпуск: " + line.name() + ", " + quantity, line.gross().negate()));
        }
        return lines;
    }

    public long count() {
        return count;
    }

    /** What the month's movements did to the contract's balance: the sum of its postings. */
    public Amount net() {
        return rub(net);
    }

    /** Goods sold, gross: what the invoice bills. */
    public Amount sold() {
        return rub(sold);
    }

    public Amount toppedUp() {
        return rub(toppedUp);
    }

    public long litresSold() {
        return sales.values().stream().mapToLong(line -> line[1]).sum();
    }

    private static Amount rub(long kopecks) {
        return Amount.ofMinorUnits(kopecks, Currency.RUB);
    }
}
