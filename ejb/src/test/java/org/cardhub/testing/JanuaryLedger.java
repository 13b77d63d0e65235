package org.cardhub.testing;

/**
 * January 2026 of fuel contract 900 (Moscow), closed, as the ledger holds it: a top-up in December (the opening
 * balance), then in January a top-up, a move from the contract's account to card 910's, purchases and a completion,
 * a reversal, a transfer in from contract 901, a correction, a purchase in the month's last second and one in the
 * next month's first; and a purchase of contract 901's own.
 */
public final class JanuaryLedger {

    private JanuaryLedger() {
    }

    /** Contract 900 (card 910), its accounts 950 (own) and 951 (card 910); contract 901 with account 960. */
    public static void write(LedgerRows ledger) {
        ledger.fuelContract(900, "F-00000900", "Europe/Moscow").fuelContract(901, "F-00000901", "Europe/Moscow")
                .card(910, 900, "0010", "А123ВС77").card(912, 901, "0028", "чужая")
                .account(950, 900, null, "RUB").account(951, 900, 910L, "RUB").account(952, 900, 910L, "LITRE")
                .account(960, 901, null, "RUB");
        long cash = ledger.system("CASH_IN");
        long bank = ledger.system("BANK_CARD_ACQUIRING");
        long merchants = ledger.system("MERCHANT_PAYABLE");
        long corrections = ledger.system("CORRECTIONS");
        ledger.move(1, "TOP_UP", "2025-12-20 10:00:00+00", null, 900, null, 0, 1_000_000, cash, 950, null)
                .move(2, "TOP_UP", "2026-01-05 10:00:00+00", null, 900, null, 0, 500_000, bank, 950, null)
                .move(3, "TRANSFER", "2026-01-06 10:00:00+00", null, 900, null, 0, 200_000, 950, 951, null)
                .move(4, "PURCHASE", "2026-01-10 10:00:00+00", 910L, 900, "AI-95", 25_000, 150_000, 951, merchants, null)
                .move(5, "COMPLETION", "2026-01-11 10:00:00+00", 910L, 900, "DT", 15_000, 99_990, 950, merchants, null)
                .move(6, "REVERSAL", "2026-01-12 10:00:00+00", 910L, 900, "AI-95", 25_000, 150_000, merchants, 951, 4L)
                .move(7, "TRANSFER", "2026-01-15 10:00:00+00", null, 901, null, 0, 70_000, 960, 950, null)
                .move(8, "CORRECTION", "2026-01-20 10:00:00+00", null, 900, null, 0, 1_000, 950, corrections, null)
                // 23:59:59 on 31 January in Moscow, then midnight of 1 February
                .move(9, "PURCHASE", "2026-01-31 20:59:59+00", 910L, 900, "AI-95", 1_000, 6_150, 951, merchants, null)
                .move(10, "PURCHASE", "2026-01-31 21:00:00+00", 910L, 900, "AI-95", 1_000, 6_150, 951, merchants, null)
                .move(11, "PURCHASE", "2026-01-16 10:00:00+00", 912L, 901, "AI-92", 1_000, 5_600, 960, merchants, null);
        // the completion had 3 % off the station's price of 103 080,00: it paid 99 990,00
        ledger.discount(5, 3_090, 300);
        ledger.closeMonth(900, "2026-01");
    }

}
