package org.cardhub.payments.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.Outcome;

/** Outcomes are stored with their idempotency key as JSON, in the {@link Stored} form. */
public final class OutcomeCodec {

    private OutcomeCodec() {
    }

    /** Created on first use, so that converting to and from the stored form needs no JSON-B provider. */
    private static final class Json {
        static final Jsonb JSONB = JsonbBuilder.create();
    }

    /**
     * The stored shape, which rows already hold: amounts as decimal strings without their currency, the code
     * {@code OK} or the decline's reason. JSON-B writes the properties in alphabetical order, {@code isApproved}
     * among them, and leaves out nulls. Public because JSON-B binds public types only.
     */
    public record Stored(Outcome.Status status, String code, String message, Long entryId, Long holdId,
                         String authCode, String approvedAmount, String approvedVolume, String balance) {

        public boolean isApproved() {
            return status == Outcome.Status.APPROVED;
        }
    }

    public static String write(Outcome outcome) {
        return Json.JSONB.toJson(stored(outcome));
    }

    public static Outcome read(String json) {
        return outcomeOf(Json.JSONB.fromJson(json, Stored.class));
    }

    static Stored stored(Outcome outcome) {
        return new Stored(outcome.status(), outcome.code(), outcome.message(), outcome.entryId(), outcome.holdId(),
                outcome.authCode(), plain(outcome.approvedAmount()), plain(outcome.approvedVolume()),
                plain(outcome.balance()));
    }

    /** Only approvals and declines are stored, never a dry run's "would be approved". */
    static Outcome outcomeOf(Stored stored) {
        if (!stored.isApproved()) {
            return Outcome.declined(DeclineCode.valueOf(stored.code()), stored.message());
        }
        Amount volume = stored.approvedVolume() == null ? null : Amount.parse(stored.approvedVolume(), Currency.LITRE);
        Amount amount = stored.approvedAmount() == null ? volume : Amount.parse(stored.approvedAmount(), Currency.RUB);
        return Outcome.approved(stored.entryId(), stored.holdId(), stored.authCode(), amount, volume,
                stored.balance() == null ? null : Amount.parse(stored.balance(), currencyOfBalance(stored.balance())));
    }

    /**
     * A balance is stored without its purse's currency: three decimals are litres, otherwise roubles (no money
     * operation runs on a purse of bonus points).
     */
    private static Currency currencyOfBalance(String decimal) {
        int point = decimal.indexOf('.');
        int decimals = point < 0 ? 0 : decimal.length() - point - 1;
        return decimals == Currency.LITRE.scale() ? Currency.LITRE : Currency.RUB;
    }

    private static String plain(Amount amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
