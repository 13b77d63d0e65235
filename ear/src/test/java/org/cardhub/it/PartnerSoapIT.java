package org.cardhub.it;

import jakarta.xml.ws.soap.SOAPFaultException;
import org.cardhub.it.PartnerSoapClients.AgentPort;
import org.cardhub.it.PartnerSoapClients.Card;
import org.cardhub.it.PartnerSoapClients.CardPort;
import org.cardhub.it.PartnerSoapClients.MovementPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.xml.datatype.DatatypeFactory;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.cardhub.it.AgentProtocolIT.freshTxnId;
import static org.cardhub.it.AgentProtocolIT.txnDate;
import static org.cardhub.it.PartnerSoapClients.AGENT_NS;
import static org.cardhub.it.PartnerSoapClients.CARD_NS;
import static org.cardhub.it.PartnerSoapClients.faultCode;
import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.clientToken;
import static org.cardhub.it.RunningCardhub.get;
import static org.cardhub.it.RunningCardhub.post;

/**
 * The SOAP agent and card services through clients built from the WSDL the application serves, and
 * the faults a partner gets for what it should not send or ask.
 */
class PartnerSoapIT {

    private static final String SCHOOL_ACCOUNT = "10000003";
    /** The driver's card of F-00000001: blocked and unblocked again by these tests. */
    private static final String FUEL_CARD_SUFFIX = "0051";

    private static String agentDemo;
    private static String fleetSystem;

    @BeforeAll
    static void signIn() {
        agentDemo = clientToken("agent-demo", "agent-demo-secret");
        fleetSystem = clientToken("fleet-system", "fleet-system-secret");
    }

    @Test
    void theWsdlsAreServedWithoutATokenUnderStableNamespaces() {
        HttpResponse<String> agent = get(APP + "/soap/agent?wsdl", null);
        HttpResponse<String> card = get(APP + "/soap/card?wsdl", null);

        assertThat(agent.statusCode()).isEqualTo(200);
        assertThat(agent.body()).contains("targetNamespace=\"" + AGENT_NS + "\"").contains("name=\"AgentService\"")
                .contains("<port name=\"AgentPort\"").contains("name=\"check\"").contains("name=\"pay\"").contains("name=\"status\"");
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.body()).contains("targetNamespace=\"" + CARD_NS + "\"").contains("name=\"CardService\"")
                .contains("<port name=\"CardPort\"").contains("name=\"balance\"").contains("name=\"transactions\"")
                .contains("name=\"block\"").contains("name=\"unblock\"");
    }

    @Test
    void checkPayAndStatusOverSoapAnswerLikeTheAgentProtocol() {
        AgentPort agent = PartnerSoapClients.agent(agentDemo);
        String txnId = freshTxnId();

        var check = agent.check(txnId, SCHOOL_ACCOUNT, "1.00");
        var paid = agent.pay(txnId, txnDate(), SCHOOL_ACCOUNT, "1.05");
        var repeated = agent.pay(txnId, txnDate(), SCHOOL_ACCOUNT, "1.05");
        var status = agent.status(txnId);
        AgentProtocolIT.Answer overHttp = AgentProtocolIT.agent(agentDemo, "command", "status", "txn_id", txnId);

        assertThat(check.result).isZero();
        assertThat(check.txnId).isEqualTo(txnId);
        assertThat(paid.result).isZero();
        assertThat(paid.prvTxn).isNotNull();
        assertThat(paid.sum).isEqualTo("1.05");
        assertThat(repeated.prvTxn).isEqualTo(paid.prvTxn);
        assertThat(status.prvTxn).isEqualTo(paid.prvTxn);
        assertThat(overHttp.result()).isZero();
        assertThat(overHttp.prvTxn()).isEqualTo(paid.prvTxn.toString());
    }

    @Test
    void aPayOverHttpIsKnownToSoapUnderTheSameTxnId() {
        String txnId = freshTxnId();
        AgentProtocolIT.Answer paid = AgentProtocolIT.agent(agentDemo, AgentProtocolIT.pay(txnId, SCHOOL_ACCOUNT, "1.02"));

        var repeatedOverSoap = PartnerSoapClients.agent(agentDemo).pay(txnId, txnDate(), SCHOOL_ACCOUNT, "1.02");

        assertThat(repeatedOverSoap.result).isZero();
        assertThat(repeatedOverSoap.prvTxn.toString()).isEqualTo(paid.prvTxn());
    }

    @Test
    void soapAgentsGetTheProtocolsResultCodes() {
        AgentPort agent = PartnerSoapClients.agent(agentDemo);

        assertThat(agent.check(freshTxnId(), "abc", "1.00").result).isEqualTo(4);
        assertThat(agent.check(freshTxnId(), "99999999", "1.00").result).isEqualTo(5);
        assertThat(agent.check(freshTxnId(), "7005990000000010", "1.00").result).isEqualTo(5);
        assertThat(agent.check(freshTxnId(), SCHOOL_ACCOUNT, "0.50").result).isEqualTo(241);
        assertThat(agent.check(freshTxnId(), "+79001234567", "20000.00").result).isEqualTo(242);
        assertThat(agent.check(freshTxnId(), SCHOOL_ACCOUNT, "10,45").result).isEqualTo(300);
        assertThat(agent.check("12ab", SCHOOL_ACCOUNT, "1.00").result).isEqualTo(300);
        assertThat(agent.check(null, SCHOOL_ACCOUNT, "1.00").result).isEqualTo(300);
        assertThat(agent.pay(freshTxnId(), "20261301000000", SCHOOL_ACCOUNT, "1.00").result).isEqualTo(300);
        assertThat(agent.status(freshTxnId()).result).isEqualTo(90);
    }

    @Test
    void anotherAgentAskingForAPaymentStatusGets90() {
        String txnId = freshTxnId();
        assertThat(PartnerSoapClients.agent(agentDemo).pay(txnId, txnDate(), SCHOOL_ACCOUNT, "1.03").result).isZero();

        var status = PartnerSoapClients.agent(clientToken("agent-other", "agent-other-secret")).status(txnId);

        assertThat(status.result).isEqualTo(90);
        assertThat(status.prvTxn).isNull();
    }

    @Test
    void aFleetSystemIsNoPaymentAgent() {
        SOAPFaultException fault = catchThrowableOfType(SOAPFaultException.class,
                () -> PartnerSoapClients.agent(fleetSystem).check(freshTxnId(), SCHOOL_ACCOUNT, "1.00"));

        assertThat(faultCode(fault)).isEqualTo("FORBIDDEN");
    }

    @Test
    void aFleetSystemSeesTheCardsAndBalancesOfItsFuelContract() throws Exception {
        CardPort cards = PartnerSoapClients.card(fleetSystem);
        List<Card> fleet = cards.cards("F-00000001", 0, 50);

        Card card = cards.balance(fleet.get(0).id);
        var from = DatatypeFactory.newInstance().newXMLGregorianCalendar("2020-01-01T00:00:00Z");
        var to = DatatypeFactory.newInstance().newXMLGregorianCalendar("2100-01-01T00:00:00+03:00");
        MovementPage page = cards.transactions(card.id, from, to, null, 10);

        assertThat(fleet).hasSize(5).allSatisfy(each -> {
            assertThat(each.contractNumber).isEqualTo("F-00000001");
            assertThat(each.maskedNumber).matches("700599\\*{6}\\d{4}");
        });
        assertThat(card.main("RUB")).matches("-?\\d+\\.\\d{2}");
        assertThat(card.main("LITRE")).matches("-?\\d+\\.\\d{3}");
        assertThat(page).isNotNull();
    }

    @Test
    void aPaymentIsTheNewestMovementOfTheCardsFeedWithACursorToOlderOnes() {
        String txnId = freshTxnId();
        var paid = PartnerSoapClients.agent(agentDemo).pay(txnId, txnDate(), SCHOOL_ACCOUNT, "1.04");
        CardPort cards = PartnerSoapClients.card(agentDemo);
        long schoolCardId = cards.cards("S-00000001", 0, 50).stream()
                .filter(card -> card.maskedNumber.endsWith("0085")).findFirst().orElseThrow().id;

        MovementPage newest = cards.transactions(schoolCardId, null, null, null, 1);
        MovementPage older = cards.transactions(schoolCardId, null, null, newest.nextCursor, 1);

        assertThat(newest.movements).hasSize(1);
        assertThat(newest.movements.get(0).id).isEqualTo(paid.prvTxn);
        assertThat(newest.movements.get(0).amount).isEqualTo("1.04");
        assertThat(newest.movements.get(0).bookedAt).isNotNull();
        assertThat(newest.nextCursor).isNotNull();
        assertThat(older.movements).hasSize(1);
        assertThat(older.movements.get(0).id).isLessThan(paid.prvTxn);
    }

    @Test
    void aFleetSystemBlocksItsCardAndLiftsTheBlock() {
        CardPort cards = PartnerSoapClients.card(fleetSystem);
        long cardId = fuelCard(cards).id;

        Card blocked = cards.block(cardId, "TEMPORARY");
        try {
            assertThat(blocked.status).isEqualTo("BLOCKED");
            assertThat(blocked.blockReason).isEqualTo("TEMPORARY");
            assertThat(cards.balance(cardId).status).isEqualTo("BLOCKED");
        } finally {
            Card unblocked = cards.unblock(cardId);
            assertThat(unblocked.status).isEqualTo("ACTIVE");
            assertThat(unblocked.blockReason).isNull();
        }
    }

    @Test
    void aBlockWithoutAKnownReasonIsAFaultWithItsCode() {
        CardPort cards = PartnerSoapClients.card(fleetSystem);
        long cardId = fuelCard(cards).id;

        SOAPFaultException fault = catchThrowableOfType(SOAPFaultException.class, () -> cards.block(cardId, "BROKEN"));

        assertThat(faultCode(fault)).isEqualTo("REASON_REQUIRED");
        assertThat(cards.balance(cardId).status).isEqualTo("ACTIVE");
    }

    @Test
    void aPaymentAgentMayNotBlockCards() {
        long schoolCardId = PartnerSoapClients.card(agentDemo).cards("S-00000001", 0, 50).get(0).id;

        SOAPFaultException fault = catchThrowableOfType(SOAPFaultException.class,
                () -> PartnerSoapClients.card(agentDemo).block(schoolCardId, "TEMPORARY"));

        assertThat(faultCode(fault)).isEqualTo("FORBIDDEN");
    }

    @Test
    void aCardOutsideThePartnersProgramsIsNotFound() {
        long schoolCardId = PartnerSoapClients.card(agentDemo).cards("S-00000001", 0, 50).get(0).id;
        CardPort fleet = PartnerSoapClients.card(fleetSystem);

        assertThat(faultCode(catchThrowableOfType(SOAPFaultException.class, () -> fleet.balance(schoolCardId))))
                .isEqualTo("NOT_FOUND");
        assertThat(faultCode(catchThrowableOfType(SOAPFaultException.class,
                () -> fleet.transactions(schoolCardId, null, null, null, 10)))).isEqualTo("NOT_FOUND");
        assertThat(faultCode(catchThrowableOfType(SOAPFaultException.class, () -> fleet.balance(Long.MAX_VALUE))))
                .isEqualTo("NOT_FOUND");
        assertThat(faultCode(catchThrowableOfType(SOAPFaultException.class, () -> fleet.cards("S-00000001", 0, 10))))
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void aBadPageCursorOrTimeIsAFaultWithItsCode() throws Exception {
        CardPort cards = PartnerSoapClients.card(fleetSystem);
        long cardId = fuelCard(cards).id;
        var withoutTimeZone = DatatypeFactory.newInstance().newXMLGregorianCalendar("2026-01-01T00:00:00");
        var later = DatatypeFactory.newInstance().newXMLGregorianCalendar("2026-02-01T00:00:00Z");
        var earlier = DatatypeFactory.newInstance().newXMLGregorianCalendar("2026-01-01T00:00:00Z");

        assertThat(faultCode(catchThrowableOfType(SOAPFaultException.class,
                () -> cards.transactions(cardId, withoutTimeZone, null, null, 10)))).isEqualTo("RANGE_INVALID");
        assertThat(faultCode(catchThrowableOfType(SOAPFaultException.class,
                () -> cards.transactions(cardId, later, earlier, null, 10)))).isEqualTo("RANGE_INVALID");

        assertThat(faultCode(catchThrowableOfType(SOAPFaultException.class,
                () -> cards.transactions(cardId, null, null, "not-a-cursor", 10)))).isEqualTo("CURSOR_INVALID");
        assertThat(faultCode(catchThrowableOfType(SOAPFaultException.class,
                () -> cards.transactions(cardId, null, null, null, 501)))).isEqualTo("RANGE_INVALID");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><c:balance xmlns:c=\"urn:cardhub:soap:card:v1\"><cardId>abc</cardId></c:balance>",
            "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><c:balance xmlns:c=\"urn:cardhub:soap:card:v1\"><cardId>abc</cardId></c:balance></soap:Body></soap:Envelope>",
            "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><c:balance xmlns:c=\"urn:cardhub:soap:card:v1\"/></soap:Body></soap:Envelope>",
            "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><c:transactions xmlns:c=\"urn:cardhub:soap:card:v1\"><cardId>1</cardId><from>yesterday</from></c:transactions></soap:Body></soap:Envelope>",
            "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><c:refund xmlns:c=\"urn:cardhub:soap:card:v1\"/></soap:Body></soap:Envelope>",
            "not xml at all",
            ""})
    void aMalformedEnvelopeWrongTypeOrMissingElementIsASoapFaultNotAnErrorPage(String envelope) {
        HttpResponse<String> response = post(APP + "/soap/card", "text/xml; charset=utf-8", envelope, fleetSystem);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("text/xml"));
        assertThat(response.body()).contains(":Fault").contains("<faultcode>").doesNotContain("<html")
                .doesNotContain("stackTrace").doesNotContain("\tat ");
    }

    @Test
    void withoutATokenSoapCallsAreUnauthorized() {
        String envelope = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<a:status xmlns:a=\"urn:cardhub:soap:agent:v1\"><txnId>1</txnId></a:status></soap:Body></soap:Envelope>";

        assertThat(post(APP + "/soap/agent", "text/xml; charset=utf-8", envelope, null).statusCode()).isEqualTo(401);
        assertThat(post(APP + "/soap/card", "text/xml; charset=utf-8", envelope, null).statusCode()).isEqualTo(401);
    }

    private static Card fuelCard(CardPort cards) {
        return cards.cards("F-00000001", 0, 50).stream().filter(card -> card.maskedNumber.endsWith(FUEL_CARD_SUFFIX))
                .findFirst().orElseThrow(() -> new AssertionError("fleet-system does not see the driver's card"));
    }
}
