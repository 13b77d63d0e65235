package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.contracts.entity.WalletTier;
import org.cardhub.terminals.boundary.DeadLetters;
import org.cardhub.terminals.boundary.Terminals;
import org.cardhub.terminals.control.MessageSignature;
import org.cardhub.terminals.entity.DeadLetter;
import org.cardhub.terminals.entity.TerminalKind;
import org.cardhub.terminals.entity.TerminalProduct;
import org.cardhub.it.core.TerminalLine.Sender;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.limits.boundary.Limits;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Terminals talking to Cardhub over the TerminalEvents queue as the terminal protocol describes: signed
 * JSON in, a correlated reply out, exactly one effect per event id, a precise refusal for everything
 * malformed — and the consumer keeps going.
 */
@ExtendWith(ArquillianExtension.class)
class TerminalProtocolIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    BackOffice backOffice;

    @EJB
    Fixtures fixtures;

    @EJB
    Terminals terminals;

    @EJB
    Contracts contracts;

    @EJB
    Cards cards;

    @EJB
    Limits limits;

    @Resource(lookup = "jms/cardhubConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/TerminalEvents")
    Queue terminalEvents;

    @EJB
    DeadLetters deadLetters;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Test
    void aFuelAuthorisationIsHeldAndItsCompletionCapturesTheFinalAmount() {
        Sender pos = terminal(TerminalKind.FUEL_POS);
        Card card = fundedFuelCard("5000.00");
        String authorisation = UUID.randomUUID().toString();

        JsonObject held = send(pos, event(pos, authorisation, "AUTHORIZE").add("card", String.valueOf(card.id()))
                .add("amount", "1500.00").add("volume", "30.000").add("product", "AI-95"));

        assertThat(held.getString("status")).isEqualTo("DECLINED");
        assertThat(held.getString("code")).as("a card id is no card number").isEqualTo("CARD_UNKNOWN");

        String pan = panOf(card);
        held = send(pos, event(pos, authorisation + "-2", "AUTHORIZE").add("card", pan)
                .add("amount", "1500.00").add("volume", "30.000").add("product", "AI-95"));
        JsonObject completed = send(pos, event(pos, UUID.randomUUID().toString(), "COMPLETE")
                .add("refEventId", authorisation + "-2").add("amount", "1234.56").add("volume", "24.690"));

        assertThat(held.getString("status")).isEqualTo("APPROVED");
        assertThat(held.getString("authCode")).hasSize(6);
        assertThat(held.getString("balance")).isEqualTo("3500.00");
        assertThat(completed.getString("status")).isEqualTo("APPROVED");
        assertThat(completed.getString("approvedAmount")).isEqualTo("1234.56");
        assertThat(completed.getString("balance")).isEqualTo("3765.44");
    }

    @Test
    void aTerminalsProductsGiveTheCategoryAndPriceALitresOnlyAuthorisation() {
        Sender pos = terminal(TerminalKind.FUEL_POS);
        backOffice.run(() -> {
            terminals.sell(pos.id(), "AI-95", "Бензин АИ-95", "FUEL", Amount.parse("59.30", Currency.RUB), TerminalProduct.Unit.LITRE);
            terminals.sell(pos.id(), "HOTEL", "Гостиница", "HOTEL", Amount.parse("2500.00", Currency.RUB), TerminalProduct.Unit.PIECE);
        });
        Card card = fundedFuelCard("5000.00");
        String pan = panOf(card);
        backOffice.run(() -> limits.allowCategories(card.id(), List.of("FUEL")));

        JsonObject byLitres = send(pos, event(pos, UUID.randomUUID().toString(), "AUTHORIZE").add("card", pan)
                .add("volume", "10.000").add("product", "AI-95"));
        JsonObject notSold = send(pos, event(pos, UUID.randomUUID().toString(), "PURCHASE").add("card", pan)
                .add("amount", "100.00").add("product", "KEROSENE"));
        JsonObject notAllowed = send(pos, event(pos, UUID.randomUUID().toString(), "PURCHASE").add("card", pan)
                .add("amount", "2500.00").add("product", "HOTEL"));

        assertThat(byLitres.getString("status")).isEqualTo("APPROVED");
        assertThat(byLitres.getString("approvedAmount")).as("10 L at 59.30").isEqualTo("593.00");
        assertThat(notSold.getString("code")).isEqualTo("INVALID_MESSAGE");
        assertThat(notSold.getString("message")).contains("does not sell KEROSENE");
        assertThat(notAllowed.getString("code")).as("the product's category meets the card's restriction").isEqualTo("PRODUCT_NOT_ALLOWED");
    }

    @Test
    void aRepeatedEventGetsItsFirstReplyAgainAndPostsOnce() throws Exception {
        Sender pos = terminal(TerminalKind.FUEL_POS);
        Card card = fundedFuelCard("5000.00");
        String text = event(pos, UUID.randomUUID().toString(), "PURCHASE").add("card", panOf(card))
                .add("amount", "100.00").add("product", "AI-95").build().toString();

        List<Future<JsonObject>> replies = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            replies.add(executor.submit(() -> sendText(pos.id(), MessageSignature.of(text, pos.key()), text)));
        }
        List<String> authCodes = new ArrayList<>();
        for (Future<JsonObject> reply : replies) {
            JsonObject answer = reply.get(60, TimeUnit.SECONDS);
            assertThat(answer.getString("status")).isEqualTo("APPROVED");
            authCodes.add(answer.getString("authCode"));
        }

        assertThat(authCodes).containsOnly(authCodes.get(0));
        assertThat(count("SELECT COUNT(*) FROM journal_entry WHERE card_id = ? AND kind = 'PURCHASE'", card.id())).isEqualTo(1);
    }

    @Test
    void aCanteenPurchaseKeepsItsDishesAndATurnstilePassIsRecordedOnce() throws SQLException {
        Sender canteen = terminal(TerminalKind.CANTEEN_POS);
        Sender gate = terminal(TerminalKind.TURNSTILE);
        Card pupil = fundedPupilCard("500.00");
        var dishes = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "Борщ").add("category", "HOT_MEAL").add("qty", 1).add("price", "45.00"))
                .add(Json.createObjectBuilder().add("name", "Компот").add("category", "DRINK").add("qty", 2).add("price", "12.50"));

        JsonObject lunch = send(canteen, event(canteen, UUID.randomUUID().toString(), "PURCHASE")
                .add("card", pupil.schoolContractNumber()).add("amount", "70.00").add("items", dishes));
        String entryId = UUID.randomUUID().toString();
        JsonObject entry = send(gate, event(gate, entryId, "ENTRY").add("card", pupil.barcode()));
        JsonObject again = send(gate, event(gate, entryId, "ENTRY").add("card", pupil.barcode()));

        assertThat(lunch.getString("status")).isEqualTo("APPROVED");
        assertThat(count("SELECT COUNT(*) FROM purchase_item i JOIN journal_entry e ON e.id = i.entry_id WHERE e.card_id = ?",
                pupil.id())).isEqualTo(2);
        assertThat(text("SELECT name FROM purchase_item i JOIN journal_entry e ON e.id = i.entry_id WHERE e.card_id = ? "
                + "ORDER BY i.line_no", pupil.id())).isEqualTo("Борщ");
        assertThat(entry.getString("status")).isEqualTo("ACCEPTED");
        assertThat(again.getString("status")).isEqualTo("ACCEPTED");
        assertThat(count("SELECT COUNT(*) FROM attendance WHERE card_id = ?", pupil.id())).isEqualTo(1);
    }

    @Test
    void cashInTopsUpACardAndAReversalTakesAPurchaseBack() {
        Sender kiosk = terminal(TerminalKind.CASH_KIOSK);
        Sender canteen = terminal(TerminalKind.CANTEEN_POS);
        Card pupil = fundedPupilCard("100.00");

        JsonObject cash = send(kiosk, event(kiosk, UUID.randomUUID().toString(), "CASH_IN")
                .add("card", pupil.schoolContractNumber()).add("amount", "250.00"));
        String purchase = UUID.randomUUID().toString();
        JsonObject bought = send(canteen, event(canteen, purchase, "PURCHASE").add("card", pupil.schoolContractNumber())
                .add("amount", "40.00"));
        JsonObject reversed = send(canteen, event(canteen, UUID.randomUUID().toString(), "REVERSAL").add("refEventId", purchase));

        assertThat(cash.getString("balance")).isEqualTo("350.00");
        assertThat(bought.getString("balance")).isEqualTo("310.00");
        assertThat(reversed.getString("status")).isEqualTo("APPROVED");
        assertThat(reversed.getString("balance")).isEqualTo("350.00");
    }

    @Test
    void aKioskTakesCashForAWalletByItsHoldersPhone() {
        Sender kiosk = terminal(TerminalKind.CASH_KIOSK);
        String phone = "+7900" + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000));
        backOffice.call(() -> contracts.activate(contracts.openWallet("wallet-" + phone, phone,
                WalletTier.NON_IDENTIFIED, "Europe/Moscow").id(), "offer accepted"));

        JsonObject cash = send(kiosk, event(kiosk, UUID.randomUUID().toString(), "CASH_IN").add("card", phone).add("amount", "500.00"));
        JsonObject overCap = send(kiosk, event(kiosk, UUID.randomUUID().toString(), "CASH_IN").add("card", phone).add("amount", "14500.01"));
        JsonObject unknown = send(kiosk, event(kiosk, UUID.randomUUID().toString(), "CASH_IN").add("card", "+79999999999").add("amount", "1.00"));

        assertThat(cash.getString("status")).isEqualTo("APPROVED");
        assertThat(cash.getString("balance")).isEqualTo("500.00");
        assertThat(overCap.getString("code")).isEqualTo("WALLET_CAP");
        assertThat(unknown.getString("code")).isEqualTo("INVALID_MESSAGE");
        assertThat(unknown.getString("message")).contains("No wallet for +79999999999");
    }

    @Test
    void everyMalformedOrUnauthenticMessageIsAnsweredRecordedAndPostsNothing() throws SQLException {
        Sender pos = terminal(TerminalKind.FUEL_POS);
        Card card = fundedFuelCard("1000.00");
        String pan = panOf(card);
        String good = event(pos, UUID.randomUUID().toString(), "PURCHASE").add("card", pan).add("amount", "10.00").build().toString();

        assertThat(sendText(pos.id(), "00" + MessageSignature.of(good, pos.key()).substring(2), good).getString("code"))
                .isEqualTo("BAD_SIGNATURE");
        assertThat(sendText(pos.id(), null, good).getString("code")).isEqualTo("BAD_SIGNATURE");
        assertThat(sendText("NO-SUCH-TERMINAL", MessageSignature.of(good, pos.key()), good).getString("code"))
                .isEqualTo("TERMINAL_UNKNOWN");
        assertThat(signedAndSent(pos, "{not json").getString("code")).isEqualTo("INVALID_MESSAGE");
        assertThat(signedAndSent(pos, event(pos, null, "PURCHASE").add("card", pan).add("amount", "10.00").build().toString())
                .getString("code")).isEqualTo("INVALID_MESSAGE");
        JsonObject numberAmount = signedAndSent(pos, event(pos, UUID.randomUUID().toString(), "PURCHASE").add("card", pan)
                .add("amount", 10.00).build().toString());
        assertThat(numberAmount.getString("code")).isEqualTo("INVALID_MESSAGE");
        assertThat(numberAmount.getString("message")).contains("amount");
        assertThat(signedAndSent(pos, event(pos, UUID.randomUUID().toString(), "PURCHASE").add("card", pan)
                .add("amount", "10.001").build().toString()).getString("code")).isEqualTo("INVALID_MESSAGE");
        assertThat(signedAndSent(pos, event(pos, UUID.randomUUID().toString(), "PURCHASE").add("card", pan)
                .add("amount", "-5.00").build().toString()).getString("code")).isEqualTo("INVALID_MESSAGE");
        assertThat(signedAndSent(pos, event(pos, UUID.randomUUID().toString(), "TELEPORT").add("card", pan)
                .build().toString()).getString("code")).isEqualTo("INVALID_MESSAGE");
        assertThat(signedAndSent(pos, "{\"v\":1,\"eventId\":\"x\",\"pad\":\"" + "x".repeat(70_000) + "\"}")
                .getString("code")).isEqualTo("INVALID_MESSAGE");

        assertThat(count("SELECT COUNT(*) FROM journal_entry WHERE card_id = ?", card.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM terminal_rejection WHERE terminal_id = ?", pos.id())).isGreaterThanOrEqualTo(8);
        assertThat(signedAndSent(pos, good).getString("status")).as("the consumer keeps going").isEqualTo("APPROVED");
    }

    @Test
    void aDisabledTerminalIsRefusedAndARotatedKeyReplacesTheOldOne() throws InterruptedException {
        Sender pos = terminal(TerminalKind.FUEL_POS);
        Card card = fundedFuelCard("1000.00");
        String pan = panOf(card);

        String newKey = backOffice.call(() -> terminals.rotateKey(pos.id()).signingKey());
        Sender rotated = new Sender(pos.id(), newKey);
        assertThat(untilCode(pos, "BAD_SIGNATURE")).as("the old key stops working").isEqualTo("BAD_SIGNATURE");
        JsonObject withNewKey = signedAndSent(rotated, event(rotated, UUID.randomUUID().toString(), "PURCHASE")
                .add("card", pan).add("amount", "10.00").build().toString());
        backOffice.call(() -> terminals.disable(pos.id()));

        assertThat(withNewKey.getString("status")).isEqualTo("APPROVED");
        assertThat(untilCode(rotated, "TERMINAL_UNKNOWN")).as("the disabled terminal is refused").isEqualTo("TERMINAL_UNKNOWN");
    }

    /**
     * Sends harmless events (an unknown card) until the reply has {@code code}: every node caches signing
     * keys for a few seconds, so a rotation or disabling reaches the other consumers of the queue a moment later.
     */
    private String untilCode(Sender sender, String code) throws InterruptedException {
        String seen = null;
        for (int attempt = 0; attempt < 30 && !code.equals(seen); attempt++) {
            seen = signedAndSent(sender, event(sender, UUID.randomUUID().toString(), "PURCHASE")
                    .add("card", "10000009").add("amount", "1.00").build().toString()).getString("code");
            if (!code.equals(seen)) {
                Thread.sleep(500);
            }
        }
        return seen;
    }

    @Test
    void anOfflineDecisionIsPostedWithinTheFloorLimitAndEveryOneIsKeptForReview() throws SQLException {
        Sender pos = terminal(TerminalKind.FUEL_POS);
        Card card = fundedFuelCard("3000.00");
        String pan = panOf(card);
        backOffice.call(() -> cards.block(card.id(), BlockReason.TEMPORARY));

        JsonObject online = send(pos, event(pos, UUID.randomUUID().toString(), "PURCHASE").add("card", pan).add("amount", "100.00"));
        JsonObject withinFloor = send(pos, event(pos, UUID.randomUUID().toString(), "PURCHASE").add("card", pan)
                .add("amount", "900.00").add("offline", true));
        JsonObject overFloor = send(pos, event(pos, UUID.randomUUID().toString(), "PURCHASE").add("card", pan)
                .add("amount", "1000.01").add("offline", true));

        assertThat(online.getString("code")).isEqualTo("CARD_BLOCKED");
        assertThat(withinFloor.getString("status")).as("the terminal decided while the card was blocked").isEqualTo("APPROVED");
        assertThat(withinFloor.getString("balance")).isEqualTo("2100.00");
        assertThat(overFloor.getString("code")).isEqualTo("OFFLINE_FLOOR_EXCEEDED");
        assertThat(count("SELECT COUNT(*) FROM offline_review WHERE card_id = ?", card.id())).isEqualTo(2);
    }

    @Test
    void aMessageWhoseReplyCannotBeDeliveredEndsInTheDeadLetterQueueAfterItsRetriesPostedOnce() throws Exception {
        Sender pos = terminal(TerminalKind.FUEL_POS);
        Card card = fundedFuelCard("500.00");
        String eventId = UUID.randomUUID().toString();
        String text = event(pos, eventId, "PURCHASE").add("card", panOf(card)).add("amount", "50.00").build().toString();

        try (JMSContext context = connectionFactory.createContext()) {
            TextMessage message = context.createTextMessage(text);
            message.setStringProperty("terminalId", pos.id());
            message.setStringProperty("signature", MessageSignature.of(text, pos.key()));
            // a reply queue that does not exist (nothing is created on demand): every attempt fails after its work
            message.setJMSReplyTo(context.createQueue("NoSuchReplies"));
            context.createProducer().send(terminalEvents, message);
        }
        DeadLetter letter = awaitDeadLetter(eventId);

        assertThat(letter.terminalId()).isEqualTo(pos.id());
        assertThat(letter.reason()).isNotBlank();
        assertThat(count("SELECT COUNT(*) FROM journal_entry WHERE card_id = ? AND kind = 'PURCHASE'", card.id()))
                .as("processed on every attempt, posted once").isEqualTo(1);

        backOffice.run(() -> deadLetters.redrive(letter.messageId()));
        DeadLetter again = awaitDeadLetter(eventId);

        assertThat(again.messageId()).as("re-driven, it failed again on its reply").isNotEqualTo(letter.messageId());
        assertThat(count("SELECT COUNT(*) FROM journal_entry WHERE card_id = ? AND kind = 'PURCHASE'", card.id())).isEqualTo(1);
        backOffice.run(() -> deadLetters.discard(again.messageId()));
        assertThat(backOffice.call(() -> deadLetters.list())).noneMatch(dead -> eventId.equals(dead.eventId()));
    }

    private DeadLetter awaitDeadLetter(String eventId) throws InterruptedException {
        for (int attempt = 0; attempt < 60; attempt++) {
            var found = backOffice.call(() -> deadLetters.list()).stream()
                    .filter(dead -> eventId.equals(dead.eventId())).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("event " + eventId + " did not reach the dead-message queue within a minute");
    }

    @Test
    void aTerminalFetchesTheCardsToRefuseByTheirHashUnderItsOwnKey() throws Exception {
        Sender pos = terminal(TerminalKind.FUEL_POS);
        Card card = fundedFuelCard("100.00");
        String pan = panOf(card);
        long before = json(stopList(pos, 0, Instant.now())).getJsonNumber("version").longValue();

        backOffice.call(() -> cards.block(card.id(), BlockReason.STOLEN));
        JsonObject blocked = json(stopList(pos, before, Instant.now()));
        backOffice.call(() -> cards.reissue(card.id(), "stolen"));
        JsonObject full = json(stopList(pos, 0, Instant.now()));

        var entry = blocked.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("cardHash").equals(MessageSignature.of(pan, pos.key()))).findFirst().orElseThrow();
        assertThat(entry.getBoolean("listed")).isTrue();
        assertThat(entry.getString("status")).isEqualTo("BLOCKED");
        assertThat(entry.getString("masked")).isEqualTo(card.panMasked());
        assertThat(blocked.toString()).doesNotContain(pan);
        assertThat(full.getJsonArray("entries").getValuesAs(JsonObject.class))
                .anyMatch(e -> e.getString("cardHash").equals(MessageSignature.of(pan, pos.key())) && e.getString("status").equals("REISSUED"));
        assertThat(stopListStatus(pos.id(), pos.key() + "0", 0, Instant.now())).isEqualTo(401);
        assertThat(stopListStatus(pos.id(), pos.key(), 0, Instant.now().minusSeconds(600))).as("a stale signature").isEqualTo(401);
        assertThat(stopListStatus("NO-SUCH-TERMINAL", pos.key(), 0, Instant.now())).isEqualTo(401);
    }

    // ---- helpers

    private String stopList(Sender sender, long since, Instant at) throws Exception {
        HttpResponse<String> response = stopListCall(sender.id(), sender.key(), since, at);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private int stopListStatus(String terminalId, String key, long since, Instant at) throws Exception {
        return stopListCall(terminalId, key, since, at).statusCode();
    }

    private static HttpResponse<String> stopListCall(String terminalId, String key, long since, Instant at) throws Exception {
        String path = "/cardhub/api/v1/terminal/stop-list";
        String query = "since=" + since;
        String seconds = Long.toString(at.getEpochSecond());
        String signature = MessageSignature.of(terminalId + "\n" + seconds + "\nGET\n" + path + "?" + query, key);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:8080" + path + "?" + query))
                        .header("Authorization", "Terminal " + terminalId + ":" + seconds + ":" + signature).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aReplyIsNeverSentIntoTheEventsQueueItself() throws Exception {
        Sender pos = terminal(TerminalKind.FUEL_POS);
        Card card = fundedFuelCard("500.00");
        String eventId = UUID.randomUUID().toString();
        String text = event(pos, eventId, "PURCHASE").add("card", panOf(card)).add("amount", "50.00").build().toString();

        line().signedAndSentReplyingTo(pos, text, terminalEvents);
        for (int waited = 0; waited < 30 && count("SELECT COUNT(*) FROM journal_entry WHERE card_id = ? AND kind = 'PURCHASE'",
                card.id()) == 0; waited++) {
            Thread.sleep(500);
        }
        Thread.sleep(3_000); // a reply sent into TerminalEvents would come back as an unsigned message by now

        assertThat(count("SELECT COUNT(*) FROM journal_entry WHERE card_id = ? AND kind = 'PURCHASE'", card.id())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM terminal_rejection WHERE event_id = ?", eventId))
                .as("no reply came back into the queue as a message").isZero();
    }

    @Test
    void aKeyGivenTwiceOrJsonNestedTooDeepIsAnsweredInvalidAndPostsNothing() throws SQLException {
        Sender pos = terminal(TerminalKind.FUEL_POS);
        Card card = fundedFuelCard("9000.00");
        String twice = event(pos, UUID.randomUUID().toString(), "PURCHASE").add("card", panOf(card)).add("amount", "1.00")
                .build().toString().replace("\"amount\":\"1.00\"", "\"amount\":\"1.00\",\"amount\":\"5000.00\"");
        String deep = "{\"v\":1,\"eventId\":\"deep\",\"x\":" + "[".repeat(1_001) + "]".repeat(1_001) + "}";

        JsonObject twiceAnswer = signedAndSent(pos, twice);
        JsonObject deepAnswer = signedAndSent(pos, deep);

        assertThat(twice).contains("5000.00");
        assertThat(twiceAnswer.getString("code")).isEqualTo("INVALID_MESSAGE");
        assertThat(deepAnswer.getString("code")).isEqualTo("INVALID_MESSAGE");
        assertThat(count("SELECT COUNT(*) FROM journal_entry WHERE card_id = ? AND kind = 'PURCHASE'", card.id())).isZero();
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private Sender terminal(TerminalKind kind) {
        String id = kind.name().substring(0, 4) + "-T" + ThreadLocalRandom.current().nextInt(1_000_000);
        Terminals.Registered registered = backOffice.call(() -> terminals.register(id, kind, null, "Test site", "AZS-17", "RU-MOW"));
        return new Sender(registered.terminal().id(), registered.signingKey());
    }

    private Card fundedFuelCard(String balance) {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.PREPAID, "0"));
        Card card = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 1)).get(0);
        backOffice.call(() -> fixtures.topUpContract(contract.number(), balance));
        return card;
    }

    private Card fundedPupilCard(String balance) {
        long school = backOffice.call(() -> fixtures.company("Asia/Vladivostok"));
        Contract contract = backOffice.call(() -> contracts.activate(contracts.openSchool(school).id(), "signed"));
        Card card = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.PUPIL, 1)).get(0);
        backOffice.call(() -> fixtures.topUpCard(card.id(), balance));
        return card;
    }

    private String panOf(Card card) {
        return backOffice.call(() -> fixtures.numberOf(card.id()));
    }

    private static JsonObjectBuilder event(Sender sender, String eventId, String type) {
        return TerminalLine.event(sender, eventId, type);
    }

    private JsonObject send(Sender sender, JsonObjectBuilder event) {
        return line().send(sender, event);
    }

    private JsonObject signedAndSent(Sender sender, String text) {
        return line().signedAndSent(sender, text);
    }

    private JsonObject sendText(String terminalId, String signature, String text) {
        return line().sendText(terminalId, signature, text);
    }

    private TerminalLine line() {
        return new TerminalLine(connectionFactory, terminalEvents);
    }

    private long count(String sql, Object parameter) throws SQLException {
        return Long.parseLong(text(sql, parameter));
    }

    private String text(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
