package org.cardhub.it.core;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.WalletTier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Result 79 of the payment-agent protocol needs an account that is not active, and the demo data has
 * none: the back office opens a wallet and suspends it, then a payment agent checks and pays it over
 * HTTP like any agent would.
 */
@ExtendWith(ArquillianExtension.class)
class AgentInactiveAccountIT {

    private static final String AGENT = "http://localhost:8080/cardhub/agent";
    private static final String TOKEN = "http://localhost:8180/realms/cardhub/protocol/openid-connect/token";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    BackOffice backOffice;

    @EJB
    Contracts contracts;

    @Test
    void aSuspendedWalletIsResult79ForCheckAndPay() throws Exception {
        String phone = "+7998" + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000));
        Contract wallet = backOffice.call(() -> contracts.activate(contracts.openWallet("wallet-" + phone, phone,
                WalletTier.NON_IDENTIFIED, "Europe/Moscow").id(), "offer accepted"));
        backOffice.call(() -> contracts.suspend(wallet.id(), "an account that is not active"));
        String token = agentToken();
        String txnId = Long.toString(System.currentTimeMillis()) + ThreadLocalRandom.current().nextInt(100_000);

        int check = result(token, "command=check&txn_id=" + txnId + "&account=" + encoded(phone) + "&sum=1.00");
        int pay = result(token, "command=pay&txn_id=" + txnId + "&txn_date="
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                + "&account=" + encoded(phone) + "&sum=1.00");

        assertThat(check).isEqualTo(79);
        assertThat(pay).isEqualTo(79);
    }

    private static int result(String token, String query) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(AGENT + "?" + query))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        return Integer.parseInt(xml.getElementsByTagName("result").item(0).getTextContent());
    }

    private static String agentToken() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(TOKEN))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=agent-demo&client_secret=agent-demo-secret"))
                .build(), HttpResponse.BodyHandlers.ofString());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getString("access_token");
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
