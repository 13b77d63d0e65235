package org.cardhub.operations.entity;

import org.cardhub.money.Currency;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing the ledger check found wrong: an entry whose postings in a currency do not sum to zero, or an account whose
 * cached balance or held amount differs from its postings or open holds. Amounts in minor units, as the ledger keeps
 * them; kept in a run's record as one line each ({@link #line()}, read back by {@link #parse(String)}).
 */
public record LedgerProblem(Kind kind, long subjectId, String currency, long recorded, long computed) {

    public enum Kind {
        /** An entry's postings in {@code currency} sum to {@code computed} instead of zero ({@code recorded}). */
        UNBALANCED_ENTRY,
        /** An account's cached balance ({@code recorded}) is not the sum of its postings ({@code computed}). */
        BALANCE,
        /** An account's cached held amount ({@code recorded}) is not the sum of its open holds ({@code computed}). */
        HELD
    }

    public LedgerProblem {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(currency);
    }

    public static LedgerProblem unbalancedEntry(long entryId, String currency, long sum) {
        return new LedgerProblem(Kind.UNBALANCED_ENTRY, entryId, currency, 0, sum);
    }

    public String line() {
        return kind + " " + subjectId + " " + currency + " " + recorded + " " + computed;
    }

    /** A line of {@link #line()}; empty for anything else (a record cut short at its column's length). */
    public static Optional<LedgerProblem> parse(String line) {
        String[] parts = line.strip().split(" ");
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LedgerProblem(Kind.valueOf(parts[0]), Long.parseLong(parts[1]), parts[2],
                    Long.parseLong(parts[3]), Long.parseLong(parts[4])));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    /** The recorded figure in the currency's units (roubles, litres, points). */
    public BigDecimal recordedUnits() {
        return units(recorded);
    }

    /** The figure recomputed from postings or holds, in the currency's units. */
    public BigDecimal computedUnits() {
        return units(computed);
    }

    /** The problem in plain Russian words, for the operations mail and the log. */
    public String describe() {
        return switch (kind) {
            case UNBALANCED_ENTRY -> "Проводка " + subjectId + ": сумма по " + currency + " равна " + computedUnits().toPlainString()
                    + ", а должна быть 0";
            case BALANCE -> "Счёт " + subjectId + " (" + currency + "): остаток в счёте " + recordedUnits().toPlainString()
                    + ", по проводкам " + computedUnits().toPlainString();
            case HELD -> "Счёт " + subjectId + " (" + currency + "): заблокировано в счёте " + recordedUnits().toPlainString()
                    + ", по открытым авторизациям " + computedUnits().toPlainString();
        };
    }

    private BigDecimal units(long minor) {
        return BigDecimal.valueOf(minor, scaleOf(currency));
    }

    /** The money kernel's scale; a currency it does not know shows its minor units as they are. */
    static int scaleOf(String currency) {
        for (Currency known : Currency.values()) {
            if (known.name().equals(currency)) {
                return known.scale();
            }
        }
        return 0;
    }
}
