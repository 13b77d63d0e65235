package org.cardhub.documents.control;

import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.documents.entity.ClosingFacts;
import org.cardhub.documents.entity.MonthSummary;
import org.cardhub.documents.entity.Party;
import org.cardhub.documents.entity.Signer;
import org.cardhub.documents.entity.Vat;
import org.cardhub.fleet.entity.ContractParty;
import org.cardhub.fleet.entity.MonthBalances;
import org.cardhub.fleet.entity.MonthMovement;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.organizations.entity.OrganizationForm;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A company's closed January 2026 in Moscow, as the documents' tests write it. */
final class MonthFixtures {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final YearMonth JANUARY = YearMonth.of(2026, 1);
    static final String[] PRODUCTS = {"AI-92", "AI-95", "DT"};
    static final long[] PRICES = {5_600, 6_150, 7_020};

    private MonthFixtures() {
    }

    static ContractParty contract() {
        return new ContractParty(42, "F-00000042", ContractKind.FUEL, Instant.parse("2025-03-14T09:00:00Z"), MOSCOW, 7,
                OrganizationForm.LEGAL_ENTITY, "ООО «Тест-Логистик»", "7707083893", "773601001", "1027700132195");
    }

    static ClosingFacts facts(int version, String reason, long openingKopecks, long netKopecks) {
        Party seller = new Party(OrganizationForm.LEGAL_ENTITY, "ООО «Кардхаб»", "7709123453", "770901001", "1027700000010",
                "105005, г. Москва, ул. Бауманская, д. 7");
        Party buyer = new Party(OrganizationForm.LEGAL_ENTITY, "ООО «Тест-Логистик»", "7707083893", "773601001", null, null);
        return new ClosingFacts(seller, new Signer("Генеральный директор", "Петров", "Алексей", "Сергеевич"), buyer,
                contract(), JANUARY, version, reason, Instant.parse("2026-02-03T07:15:00Z"), new Vat(22),
                new MonthBalances(rub(openingKopecks), rub(openingKopecks + netKopecks)), new MonthSummary());
    }

    /** A top-up, purchases of each product, one reversed, a correction: a small month. */
    static List<MonthMovement> smallMonth() {
        List<MonthMovement> month = new ArrayList<>();
        month.add(new MonthMovement(1, at(2, 9), EntryKind.TOP_UP, null, null, null, null, null, 0, 10_000_000, 0, 10_000_000));
        month.add(sale(2, at(3, 10), "AI-95", 40_000, 246_000));
        month.add(sale(3, at(4, 11), "DT", 100_500, 705_510));
        month.add(sale(4, at(5, 12), "AI-92", 30_000, 168_000));
        month.add(new MonthMovement(5, at(5, 13), EntryKind.REVERSAL, EntryKind.PURCHASE, "7005 **** **** 0010",
                "А123ВС77 КАМАЗ", "АЗС №12 «Тверская»", "AI-92", 30_000, 168_000, 0, 168_000));
        month.add(new MonthMovement(6, at(20, 8), EntryKind.CORRECTION, null, null, null, null, null, 0, 1_000, 0, -1_000));
        return month;
    }

    static MonthMovement sale(long id, Instant at, String product, long millilitres, long kopecks) {
        return new MonthMovement(id, at, EntryKind.PURCHASE, null, "7005 **** **** 00" + (10 + id % 80), "А123ВС77 КАМАЗ 65115",
                "АЗС №12 «Тверская»", product, millilitres, kopecks, 0, -kopecks);
    }

    static Instant at(int day, int hour) {
        return JANUARY.atDay(day).atTime(hour, 0).atZone(MOSCOW).toInstant();
    }

    static Amount rub(long kopecks) {
        return Amount.ofMinorUnits(kopecks, Currency.RUB);
    }
}
