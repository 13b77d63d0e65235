package org.cardhub.tools.partner;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

/**
 * What Cardhub's database holds about the logged requests, as {@link PartnerBooks} read it: the idempotency record
 * of each key that has one, the journal entries those records (and the answers) name with their postings, the purses
 * those entries credit, and the partner's top-ups from {@code unkeyedFrom} on that no record names.
 *
 * @param records        by {@link #keyOf(String, String)}
 * @param unkeyedFrom    the first journal entry looked at for top-ups without a record; null when nothing was
 *                       credited, so there was no place to start
 */
record Books(Map<String, Stored> records, Map<Long, Entry> entries, Map<Long, Purse> purses, Long unkeyedFrom,
        List<Long> unkeyedEntries) {

    static final String APPROVED = "APPROVED";

    static String keyOf(String scope, String key) {
        return scope + " " + key;
    }

    Stored record(LoggedRequest request) {
        return records.get(keyOf(request.scope(), request.key()));
    }

    /** A key's idempotency record: the stored outcome's status and the journal entry it names, if any. */
    record Stored(String scope, String key, String status, Long entryId) {

        /** The record of a stored outcome (OutcomeCodec's JSON); one that is no JSON object keeps its text as status. */
        static Stored of(String scope, String key, String outcome) {
            try (JsonReader reader = Json.createReader(new StringReader(outcome))) {
                JsonObject json = reader.readObject();
                JsonValue entryId = json.get("entryId");
                return new Stored(scope, key, json.get("status") instanceof JsonString status ? status.getString() : null,
                        entryId instanceof JsonNumber number && number.isIntegral() ? number.longValue() : null);
            } catch (JsonException | IllegalStateException e) {
                return new Stored(scope, key, outcome, null);
            }
        }

        boolean approved() {
            return APPROVED.equals(status);
        }
    }

    /** A journal entry with its postings (none if it has none). */
    record Entry(long id, String kind, String actor, List<Leg> legs) {

        /** The postings on accounts of customers (not the ledger's system accounts). */
        List<Leg> purseLegs() {
            return legs.stream().filter(leg -> !leg.system()).toList();
        }

        long sum() {
            return legs.stream().mapToLong(Leg::amountMinor).sum();
        }
    }

    record Leg(long accountId, String currency, long amountMinor, boolean system) {
    }

    /**
     * An account a top-up credited, with what names it: its contract's number and holder phone, and the cards that
     * reach it (the account's own card, or every card of a contract whose cards share its account).
     */
    record Purse(long accountId, String contractNumber, String holderPhone, List<Card> cards) {

        /** Whether {@code account}, as a partner writes it (see PayeeAccount.parse), names this purse. */
        boolean namedBy(String account) {
            String text = account.strip();
            if (text.matches("[A-Z]-\\d{8}")) {
                return text.equals(contractNumber);
            }
            String phone = phone(text);
            if (phone != null) {
                return phone.equals(holderPhone);
            }
            if (text.matches("\\d{8}")) {
                return cards.stream().anyMatch(card -> text.equals(card.schoolContractNumber()));
            }
            if (text.matches("\\d{16,19}")) {
                String masked = text.substring(0, 6) + "*".repeat(text.length() - 10) + text.substring(text.length() - 4);
                return cards.stream().anyMatch(card -> masked.equals(card.panMasked()));
            }
            return false;
        }

        private static String phone(String text) {
            if (text.matches("\\+7\\d{10}")) {
                return text;
            }
            if (text.matches("9\\d{9}")) {
                return "+7" + text;
            }
            return text.matches("[78]\\d{10}") ? "+7" + text.substring(1) : null;
        }
    }

    record Card(String schoolContractNumber, String panMasked) {
    }
}
