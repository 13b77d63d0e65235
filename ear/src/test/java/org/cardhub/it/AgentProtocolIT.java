package org.cardhub.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.clientToken;
import static org.cardhub.it.RunningCardhub.get;
import static org.cardhub.it.RunningCardhub.post;
import static org.cardhub.it.RunningCardhub.userToken;

/**
 * The payment-agent protocol at /cardhub/agent (docs/payment-agent-protocol.md) as an agent
 * meets it: every result code it can be given, idempotent pays, and HTTP 200 with XML for every answer.
 * Balances are read through the SOAP card service. Pays go mostly to school account 10000003, in small
 * sums, with fresh txn_ids, so that the tests can run again and again on the same database.
 */
class AgentProtocolIT {

    static final String AGENT = APP + "/agent";
    private static final String SCHOOL_ACCOUNT = "10000003";
    private static final String SCHOOL_CARD_SUFFIX = "0085";
    private static final String WALLET_PHONE = "+79001234567";
    private static final String FUEL_CARD = "7005990000000010";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private static String agentDemo;
    private static String agentOther;
    private static long schoolCardId;

    @BeforeAll
    static void signIn() {
        agentDemo = clientToken("agent-demo", "agent-demo-secret");
        agentOther = clientToken("agent-other", "agent-other-secret");
        schoolCardId = PartnerSoapClients.card(agentDemo).cards("S-00000001", 0, 500).stream()
                .filter(card -> card.maskedNumber.endsWith(SCHOOL_CARD_SUFFIX)).findFirst()
                .orElseThrow(() -> new AssertionError("agent-demo does not see the card of " + SCHOOL_ACCOUNT)).id;
    }

    @Test
    void checkOfAServedAccountIsOkAndPostsNothing() {
        BigDecimal before = schoolBalance();

        Answer answer = agent(agentDemo, "command", "check", "txn_id", freshTxnId(), "account", SCHOOL_ACCOUNT, "sum", "10.45");

        assertThat(answer.result()).isEqualTo(0);
        assertThat(answer.prvTxn()).isNull();
        assertThat(schoolBalance()).isEqualByComparingTo(before);
    }

    @Test
    void answersAreUtf8XmlWithHttp200() {
        HttpResponse<String> response = get(AGENT + "?" + query("command", "check", "txn_id", freshTxnId(), "account", "abc",
                "sum", "1.00"), agentDemo);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type.toLowerCase()).contains("xml").contains("charset=utf-8"));
        assertThat(response.body()).startsWith("<?xml").contains("<response>");
        assertThat(parse(response).comment()).isEqualTo("Неверный формат номера счёта");
    }

    @Test
    void payCreditsTheAccountOnceAndARepeatGetsTheFirstAnswer() {
        String txnId = freshTxnId();
        BigDecimal before = schoolBalance();

        Answer first = agent(agentDemo, pay(txnId, SCHOOL_ACCOUNT, "1.37"));
        Answer repeatedAsPost = agentPost(agentDemo, pay(txnId, SCHOOL_ACCOUNT, "1.37"));

        assertThat(first.result()).isEqualTo(0);
        assertThat(first.txnId()).isEqualTo(txnId);
        assertThat(first.prvTxn()).isNotBlank();
        assertThat(first.sum()).isEqualTo("1.37");
        assertThat(repeatedAsPost.result()).isEqualTo(0);
        assertThat(repeatedAsPost.prvTxn()).isEqualTo(first.prvTxn());
        assertThat(schoolBalance()).isEqualByComparingTo(before.add(new BigDecimal("1.37")));
    }

    @Test
    void statusTellsThePrvTxnOfAPay() {
        String txnId = freshTxnId();
        Answer paid = agent(agentDemo, pay(txnId, SCHOOL_ACCOUNT, "1.01"));

        Answer status = agent(agentDemo, "command", "status", "txn_id", txnId);

        assertThat(status.result()).isEqualTo(0);
        assertThat(status.prvTxn()).isEqualTo(paid.prvTxn());
        assertThat(status.sum()).isEqualTo("1.01");
    }

    @Test
    void statusOfATxnIdNeverPaidIsResult90() {
        assertThat(agent(agentDemo, "command", "status", "txn_id", freshTxnId()).result()).isEqualTo(90);
    }

    @Test
    void anotherAgentDoesNotSeeThePayment() {
        String txnId = freshTxnId();
        assertThat(agent(agentDemo, pay(txnId, SCHOOL_ACCOUNT, "1.00")).result()).isEqualTo(0);

        assertThat(agent(agentOther, "command", "status", "txn_id", txnId).result()).isEqualTo(90);
    }

    @Test
    void theSameTxnIdWithAnotherSumOrAccountIsRefusedAndPostsNothing() {
        String txnId = freshTxnId();
        BigDecimal before = schoolBalance();
        Answer first = agent(agentDemo, pay(txnId, SCHOOL_ACCOUNT, "1.11"));

        Answer otherSum = agent(agentDemo, pay(txnId, SCHOOL_ACCOUNT, "2.22"));
        Answer otherAccount = agent(agentDemo, pay(txnId, "10000002", "1.11"));

        assertThat(first.result()).isEqualTo(0);
        assertThat(otherSum.result()).isEqualTo(300);
        assertThat(otherSum.prvTxn()).isNull();
        assertThat(otherAccount.result()).isEqualTo(300);
        assertThat(otherAccount.prvTxn()).isNull();
        assertThat(schoolBalance()).isEqualByComparingTo(before.add(new BigDecimal("1.11")));
        assertThat(agent(agentDemo, "command", "status", "txn_id", txnId).prvTxn()).isEqualTo(first.prvTxn());
    }

    @Test
    void twentyConcurrentIdenticalPaysPostOnce() throws Exception {
        String txnId = freshTxnId();
        BigDecimal before = schoolBalance();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService agents = Executors.newFixedThreadPool(20);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(agents.submit(() -> {
                    start.await();
                    return agent(agentDemo, pay(txnId, SCHOOL_ACCOUNT, "1.23"));
                }));
            }
            start.countDown();
            List<Answer> received = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                received.add(answer.get(90, TimeUnit.SECONDS));
            }

            assertThat(received).extracting(Answer::result).containsOnly(0);
            assertThat(received.stream().map(Answer::prvTxn).collect(Collectors.toSet())).hasSize(1)
                    .doesNotContainNull();
            assertThat(schoolBalance()).isEqualByComparingTo(before.add(new BigDecimal("1.23")));
        } finally {
            agents.shutdownNow();
        }
    }

    @Test
    void aWalletIsPaidByItsHoldersPhoneInEveryWrittenForm() {
        assertThat(agent(agentDemo, pay(freshTxnId(), WALLET_PHONE, "1.00")).result()).isEqualTo(0);
        assertThat(agent(agentDemo, "command", "check", "txn_id", freshTxnId(), "account", "89001234567", "sum", "1.00")
                .result()).isEqualTo(0);
        assertThat(agent(agentDemo, "command", "check", "txn_id", freshTxnId(), "account", "9001234567", "sum", "1.00")
                .result()).isEqualTo(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "123", "+7900", "1000000!"})
    void anAccountOfNoKnownFormIsResult4(String account) {
        assertThat(agent(agentDemo, "command", "check", "txn_id", freshTxnId(), "account", account, "sum", "1.00").result())
                .isEqualTo(4);
    }

    @Test
    void anUnknownAccountIsResult5() {
        assertThat(agent(agentDemo, "command", "check", "txn_id", freshTxnId(), "account", "99999999", "sum", "1.00").result())
                .isEqualTo(5);
        assertThat(agent(agentDemo, "command", "check", "txn_id", freshTxnId(), "account", "+79990000000", "sum", "1.00")
                .result()).isEqualTo(5);
        assertThat(agent(agentDemo, pay(freshTxnId(), "99999999", "1.00")).result()).isEqualTo(5);
    }

    @Test
    void anAccountOutsideTheAgentsProgramsIsResult5AndIsNotPaid() {
        assertThat(agent(agentOther, "command", "check", "txn_id", freshTxnId(), "account", "10000001", "sum", "1.00")
                .result()).isEqualTo(5);
        assertThat(agent(agentDemo, "command", "check", "txn_id", freshTxnId(), "account", FUEL_CARD, "sum", "1.00")
                .result()).isEqualTo(5);

        String txnId = freshTxnId();
        assertThat(agent(agentDemo, pay(txnId, FUEL_CARD, "1.00")).result()).isEqualTo(5);
        assertThat(agent(agentDemo, "command", "status", "txn_id", txnId).result()).isEqualTo(90);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.00", "-5.00", "0.50"})
    void aSumBelowTheMinimumIsResult241(String sum) {
        assertThat(agent(agentDemo, "command", "check", "txn_id", freshTxnId(), "account", SCHOOL_ACCOUNT, "sum", sum)
                .result()).isEqualTo(241);
        assertThat(agent(agentDemo, pay(freshTxnId(), SCHOOL_ACCOUNT, sum)).result()).isEqualTo(241);
    }

    @Test
    void aSumOverTheMaximumPaymentIsResult242() {
        assertThat(agent(agentDemo, "command", "check", "txn_id", freshTxnId(), "account", SCHOOL_ACCOUNT, "sum", "100000.01")
                .result()).isEqualTo(242);
        assertThat(agent(agentDemo, "command", "check", "txn_id", freshTxnId(), "account", SCHOOL_ACCOUNT, "sum", "100000.00")
                .result()).isEqualTo(0);
    }

    @Test
    void aSumOverTheWalletsCapIsResult242() {
        Answer answer = agent(agentDemo, "command", "check", "txn_id", freshTxnId(), "account", WALLET_PHONE, "sum", "20000.00");

        assertThat(answer.result()).isEqualTo(242);
        assertThat(answer.comment()).contains("кошелька");
    }

    static Stream<Arguments> malformedRequests() {
        String txnId = freshTxnId();
        String date = txnDate();
        return Stream.of(
                Arguments.of("comma in the sum", 300, query("command", "pay", "txn_id", txnId, "txn_date", date, "account", SCHOOL_ACCOUNT, "sum", "10,45")),
                Arguments.of("exponent in the sum", 300, query("command", "pay", "txn_id", txnId, "txn_date", date, "account", SCHOOL_ACCOUNT, "sum", "1e3")),
                Arguments.of("three decimals", 300, query("command", "pay", "txn_id", txnId, "txn_date", date, "account", SCHOOL_ACCOUNT, "sum", "10.456")),
                Arguments.of("no sum", 300, query("command", "check", "txn_id", txnId, "account", SCHOOL_ACCOUNT)),
                Arguments.of("no txn_id", 300, query("command", "pay", "txn_date", date, "account", SCHOOL_ACCOUNT, "sum", "1.00")),
                Arguments.of("txn_id with letters", 300, query("command", "pay", "txn_id", "12ab", "txn_date", date, "account", SCHOOL_ACCOUNT, "sum", "1.00")),
                Arguments.of("txn_id of 21 digits", 300, query("command", "pay", "txn_id", "1".repeat(21), "txn_date", date, "account", SCHOOL_ACCOUNT, "sum", "1.00")),
                Arguments.of("month 13 in txn_date", 300, query("command", "pay", "txn_id", txnId, "txn_date", "20261301000000", "account", SCHOOL_ACCOUNT, "sum", "1.00")),
                Arguments.of("pay without txn_date", 300, query("command", "pay", "txn_id", txnId, "account", SCHOOL_ACCOUNT, "sum", "1.00")),
                Arguments.of("sum given twice", 300, query("command", "pay", "txn_id", txnId, "txn_date", date, "account", SCHOOL_ACCOUNT, "sum", "1.00", "sum", "1.00")),
                Arguments.of("unknown parameter", 300, query("command", "check", "txn_id", txnId, "account", SCHOOL_ACCOUNT, "sum", "1.00", "prv_id", "7")),
                Arguments.of("parameter over 64 characters", 300, query("command", "check", "txn_id", txnId, "account", "1".repeat(65), "sum", "1.00")),
                Arguments.of("no command", 300, query("txn_id", txnId, "account", SCHOOL_ACCOUNT, "sum", "1.00")),
                Arguments.of("unknown command", 300, query("command", "refund", "txn_id", txnId, "account", SCHOOL_ACCOUNT, "sum", "1.00")),
                Arguments.of("no parameters", 300, ""),
                Arguments.of("control characters in the account", 4, "command=check&txn_id=" + txnId + "&account=%00%01%1B&sum=1.00"),
                Arguments.of("non-ASCII parameter name", 300, "command=check&txn_id=" + txnId + "&account=10000003&sum=1.00&%D1%81%D1%83%D0%BC%D0%BC%D0%B0=1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedRequests")
    void aMalformedRequestIsAResultCodeWithHttp200(String what, int result, String query) {
        HttpResponse<String> response = get(AGENT + "?" + query, agentDemo);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(parse(response).result()).isEqualTo(result);
    }

    @Test
    void aParameterGivenTwiceOrUnknownIsNamedInTheComment() {
        Answer twice = agent(agentDemo, "command", "check", "txn_id", freshTxnId(), "account", SCHOOL_ACCOUNT, "sum", "1.00",
                "sum", "1.00");
        Answer unknown = agent(agentDemo, "command", "check", "txn_id", freshTxnId(), "account", SCHOOL_ACCOUNT, "sum", "1.00",
                "agent_id", "1");

        assertThat(twice.result()).isEqualTo(300);
        assertThat(twice.comment()).contains("sum");
        assertThat(unknown.result()).isEqualTo(300);
        assertThat(unknown.comment()).contains("agent_id");
    }

    @Test
    void aPostedFormIsReadLikeAQuery() {
        Answer answer = agentPost(agentDemo, "command", "check", "txn_id", freshTxnId(), "account", SCHOOL_ACCOUNT, "sum", "1.00");

        assertThat(answer.result()).isEqualTo(0);
    }

    @Test
    void withoutATokenTheAgentIsUnauthorized() {
        HttpResponse<String> response = get(AGENT + "?" + query("command", "check", "txn_id", "1", "account", SCHOOL_ACCOUNT,
                "sum", "1.00"), null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
    }

    @Test
    void aFleetSystemOrAPersonIsForbidden() {
        String check = AGENT + "?" + query("command", "check", "txn_id", "1", "account", SCHOOL_ACCOUNT, "sum", "1.00");

        assertThat(get(check, clientToken("fleet-system", "fleet-system-secret")).statusCode()).isEqualTo(403);
        assertThat(get(check, userToken("parent", "Demo-pass-1")).statusCode()).isEqualTo(403);
    }

    /** An agent's answer as the protocol's XML says it; absent elements are null. */
    record Answer(String txnId, String prvTxn, String sum, int result, String comment) {
    }

    static Answer agent(String token, String... parameters) {
        HttpResponse<String> response = get(AGENT + "?" + query(parameters), token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return parse(response);
    }

    static Answer agentPost(String token, String... parameters) {
        HttpResponse<String> response = post(AGENT, "application/x-www-form-urlencoded", query(parameters), token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return parse(response);
    }

    static String[] pay(String txnId, String account, String sum) {
        return new String[] {"command", "pay", "txn_id", txnId, "txn_date", txnDate(), "account", account, "sum", sum};
    }

    /** A txn_id no earlier run has used: the time in milliseconds, a counter and two random digits (19 digits). */
    static String freshTxnId() {
        return System.currentTimeMillis() + String.format("%04d", SEQUENCE.incrementAndGet() % 10_000)
                + String.format("%02d", ThreadLocalRandom.current().nextInt(100));
    }

    static String txnDate() {
        return LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    }

    private BigDecimal schoolBalance() {
        return new BigDecimal(PartnerSoapClients.card(agentDemo).balance(schoolCardId).main("RUB"));
    }

    private static String query(String... namesAndValues) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            pairs.add(namesAndValues[i] + "=" + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return String.join("&", pairs);
    }

    static Answer parse(HttpResponse<String> response) {
        try {
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
            return new Answer(text(xml, "osmp_txn_id"), text(xml, "prv_txn"), text(xml, "sum"),
                    Integer.parseInt(text(xml, "result")), text(xml, "comment"));
        } catch (Exception e) {
            throw new AssertionError("Not the protocol's XML: " + response.body(), e);
        }
    }

    private static String text(Document xml, String element) {
        Node node = xml.getElementsByTagName(element).item(0);
        return node == null ? null : node.getTextContent();
    }
}
