package org.cardhub.tools.partner;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which partner interface the load goes to, how a top-up is asked there and how its answer reads: the REST API
 * ({@code POST /api/v1/top-ups}, 201 when credited) or the payment-agent protocol ({@code GET /agent?command=pay},
 * HTTP 200 with {@code <result>0</result>}).
 */
enum Target {

    REST {
        @Override
        HttpRequest request(URI base, Call call, String token, Duration timeout) {
            return HttpRequest.newBuilder(base.resolve("api/v1/top-ups"))
                    .timeout(timeout)
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("Idempotency-Key", call.key())
                    .POST(HttpRequest.BodyPublishers.ofString(body(call), StandardCharsets.UTF_8))
                    .build();
        }

        @Override
        Answer read(int status, String body) {
            JsonObject json = jsonObject(body);
            String result = json == null ? NO_RESULT : joined(text(json, "status"), text(json, "code"));
            return new Answer(status, result, status == 201, status + " " + body);
        }

        @Override
        boolean saysRetry(Answer answer) {
            return answer.status() == 409 && "IDEMPOTENCY_IN_FLIGHT".equals(answer.result());
        }

        @Override
        boolean refusal(int status, String result) {
            return status == 400 || status == 422;
        }

        @Override
        Long topUpId(String body) {
            JsonObject json = jsonObject(body);
            return json != null && json.get("id") instanceof JsonNumber id && id.isIntegral() ? id.longValue() : null;
        }
    },

    AGENT {
        @Override
        HttpRequest request(URI base, Call call, String token, Duration timeout) {
            String query = "command=pay&txn_id=" + call.key() + "&txn_date=" + call.date() + "&account="
                    + URLEncoder.encode(call.account(), StandardCharsets.UTF_8) + "&sum=" + call.amount();
            return HttpRequest.newBuilder(base.resolve("agent?" + query))
                    .timeout(timeout)
                    .header("Authorization", "Bearer " + token)
                    .GET()
                    .build();
        }

        @Override
        Answer read(int status, String body) {
            String result = element(body, "result");
            String payment = element(body, "prv_txn");
            return new Answer(status, result == null ? NO_RESULT : result, status == 200 && "0".equals(result),
                    status + " result " + result + " prv_txn " + payment + " sum " + element(body, "sum"));
        }

        @Override
        boolean saysRetry(Answer answer) {
            return answer.status() == 200 && TEMPORARY_RESULT.equals(answer.result());
        }

        @Override
        boolean refusal(int status, String result) {
            return status == 200 && result != null && result.matches("\\d+") && !"0".equals(result)
                    && !TEMPORARY_RESULT.equals(result);
        }

        @Override
        Long topUpId(String body) {
            String payment = element(body, "prv_txn");
            return payment != null && payment.matches("\\d{1,18}") ? Long.valueOf(payment) : null;
        }
    };

    /** The result label of an answer that carries none (an error page, an empty body). */
    static final String NO_RESULT = "-";

    /** The agent protocol's "temporary error, repeat the request later". */
    private static final String TEMPORARY_RESULT = "1";

    /** What a load balancer answers while the instance behind it is gone or not yet replaced. */
    private static final Set<Integer> GATEWAY_FAILURES = Set.of(502, 503, 504);

    private static final Pattern ELEMENT = Pattern.compile("<(\\w+)>\\s*([^<]*?)\\s*</\\1>");

    /** The request for one top-up, with the partner's bearer token. */
    abstract HttpRequest request(URI base, Call call, String token, Duration timeout);

    /** What the answer says, from its HTTP status and body. */
    abstract Answer read(int status, String body);

    /**
     * Whether the same request should simply be sent again: a load balancer's gateway failure, or an answer of the
     * interface itself that asks for a repeat (REST: the key is being worked on; agent: a temporary error).
     */
    boolean retryable(Answer answer) {
        return GATEWAY_FAILURES.contains(answer.status()) || saysRetry(answer);
    }

    abstract boolean saysRetry(Answer answer);

    /**
     * Whether an answer (HTTP status, {@link Answer#result()}) is a final refusal: the request was decided and
     * nothing was credited. Any other answer that did not credit (a gateway failure, 401, 409, 429, 5xx) leaves open
     * whether an earlier attempt of the same request was credited.
     */
    abstract boolean refusal(int status, String result);

    /** The journal entry of a credited top-up as the answer names it (REST {@code id}, agent {@code prv_txn}). */
    abstract Long topUpId(String body);

    static Target named(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    /** The REST request body; amounts and accounts are digits, dots, dashes and '+', so nothing needs escaping. */
    static String body(Call call) {
        return "{\"account\":\"" + call.account() + "\",\"amount\":\"" + call.amount() + "\"}";
    }

    /**
     * One answer: its HTTP status, its result (REST: the body's {@code status/code}; agent: {@code <result>}),
     * whether the top-up was credited, and what a replay of the same request must repeat exactly.
     */
    record Answer(int status, String result, boolean credited, String identity) {
    }

    private static JsonObject jsonObject(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
        } catch (JsonParsingException | IllegalStateException e) {
            return null;
        }
    }

    private static String text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value instanceof JsonString string ? string.getString() : null;
    }

    private static String joined(String status, String code) {
        if (status == null && code == null) {
            return NO_RESULT;
        }
        return status == null ? code : code == null ? status : status + "/" + code;
    }

    private static String element(String xml, String name) {
        if (xml == null) {
            return null;
        }
        Matcher matcher = ELEMENT.matcher(xml);
        while (matcher.find()) {
            if (matcher.group(1).equals(name)) {
                return matcher.group(2);
            }
        }
        return null;
    }
}
