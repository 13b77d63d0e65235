package org.cardhub.documents.entity;

import org.cardhub.fleet.entity.ContractParty;
import org.cardhub.fleet.entity.MonthBalances;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * What every closing document of one contract's month says alike: seller and buyer, the contract, the month, the
 * version issued and why, the VAT rate, the balances when the month began and ended, and the month summed up. A
 * document is dated the last day of its month and numbered after the contract and the month; a later version is an
 * "исправление" of it, numbered from 1.
 */
public record ClosingFacts(Party seller, Signer signer, Party buyer, ContractParty contract, YearMonth month,
                           int version, String reason, Instant issuedAt, Vat vat, MonthBalances balances,
                           MonthSummary summary) {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    public String number() {
        return contract.contractNumber() + "-" + month.toString().replace("-", "");
    }

    public LocalDate date() {
        return month.atEndOfMonth();
    }

    public boolean isCorrection() {
        return version > 1;
    }

    public int correctionNumber() {
        return version - 1;
    }

    /** The day the correction was made, in the contract's time zone. */
    public LocalDate issuedOn() {
        return issuedAt.atZone(contract.timeZone()).toLocalDate();
    }

    /** "январь 2026". */
    public String monthTitle() {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, RUSSIAN) + " " + month.getYear();
    }

    /** "Договор № F-00000001 от 14.03.2025". */
    public String contractReference() {
        return "Договор № " + contract.contractNumber() + " от " + Dates.day(contractDate());
    }

    public LocalDate contractDate() {
        return contract.contractMadeAt().atZone(contract.timeZone()).toLocalDate();
    }

    /** "1 от 05.02.2026" for a correction, "—" for the first version (the forms' line 1a). */
    public String correctionLine() {
        return isCorrection() ? correctionNumber() + " от " + Dates.day(issuedOn()) : "—";
    }
}
