package org.cardhub.demomail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.cardhub.demomail.entity.MailServerUnavailableException;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Every mailbox of the demo mail server, from GreenMail's REST API ({@code GET /api/user}): IMAP can only open a
 * mailbox whose address it is told, so the list of them comes from here. Only this read is ever sent to the API.
 */
@ApplicationScoped
public class MailboxDirectory {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public List<String> addresses(URI api) {
        HttpRequest request = HttpRequest.newBuilder(api.resolve("/api/user")).timeout(TIMEOUT)
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new MailServerUnavailableException("the mail server's API answered " + response.statusCode(), null);
            }
            return addressesIn(response.body());
        } catch (IOException e) {
            throw new MailServerUnavailableException("the mail server's API at " + api + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MailServerUnavailableException("interrupted while asking the mail server for its mailboxes", e);
        }
    }

    /** The addresses in the API's answer, an array of users with their email. */
    static List<String> addressesIn(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().stream()
                    .filter(user -> user.getValueType() == JsonValue.ValueType.OBJECT)
                    .map(user -> ((JsonObject) user).getString("email", ""))
                    .filter(address -> !address.isBlank())
                    .distinct()
                    .toList();
        }
    }
}
