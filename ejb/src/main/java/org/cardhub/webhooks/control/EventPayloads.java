package org.cardhub.webhooks.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.ledger.entity.JournalEntry;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.webhooks.entity.WebhookEventType;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The JSON partners receive (docs/webhooks.md): {@code {id, type, occurredAt, data}}, with in {@code data} what the
 * partner API shows of the card or movement — Cardhub's card ids, masked numbers only, amounts as decimal strings.
 */
public final class EventPayloads {

    private EventPayloads() {
    }

    public static String body(String eventId, WebhookEventType type, Instant occurredAt, JsonObject data) {
        return Json.createObjectBuilder()
                .add("id", eventId)
                .add("type", type.wireName())
                .add("occurredAt", occurredAt.truncatedTo(ChronoUnit.MILLIS).toString())
                .add("data", data)
                .build().toString();
    }

    /** A card blocked or unblocked. */
    public static JsonObject cardStatus(Card card, Contract contract, CardStatus previous) {
        JsonObjectBuilder data = card(card, contract)
                .add("status", card.status().name())
                .add("previousStatus", previous.name());
        if (card.status() == CardStatus.BLOCKED && card.blockReason() != null) {
            data.add("blockReason", card.blockReason().name());
        }
        return data.build();
    }

    /** A card replaced by a new one, which holds its balance, limits and guardians now. */
    public static JsonObject reissued(Card from, Card to, Contract contract) {
        return card(from, contract)
                .add("newCardId", to.id())
                .add("newMaskedNumber", to.panMasked())
                .build();
    }

    /** A booked movement: a top-up credited, or anything else posted (a purchase, its completion or reversal, a transfer). */
    public static JsonObject entry(JournalEntry entry, Contract contract) {
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("entryId", entry.id())
                .add("kind", entry.kind().name())
                .add("contractNumber", contract.number())
                .add("amount", Amount.ofMinorUnits(entry.amountMinor(), Currency.RUB).toPlainString())
                .add("bookedAt", entry.bookedAt().truncatedTo(ChronoUnit.MILLIS).toString());
        if (entry.cardId() != null) {
            data.add("cardId", entry.cardId());
        }
        if (entry.volumeMilli() != 0) {
            data.add("volume", Amount.ofMinorUnits(entry.volumeMilli(), Currency.LITRE).toPlainString());
        }
        if (entry.productCode() != null) {
            data.add("productCode", entry.productCode());
        }
        if (entry.station() != null) {
            data.add("station", entry.station());
        }
        if (entry.reversesEntryId() != null) {
            data.add("reversesEntryId", entry.reversesEntryId());
        }
        return data.build();
    }

    private static JsonObjectBuilder card(Card card, Contract contract) {
        return Json.createObjectBuilder()
                .add("cardId", card.id())
                .add("contractNumber", contract.number())
                .add("maskedNumber", card.panMasked());
    }
}
