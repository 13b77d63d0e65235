package org.cardhub.api.gate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderRulesTest {

    @Test
    void aLengthGivenBothWaysIsRefusedOnEveryChannelAndClosesTheConnection() {
        for (MachineChannel channel : MachineChannel.values()) {
            assertThat(refusalOf(channel, "Content-Length", "10", "Transfer-Encoding", "chunked"))
                    .hasValue(new HeaderRules.Refusal(400, "AMBIGUOUS_LENGTH",
                            "A request gives its length by Content-Length or by Transfer-Encoding, not both", true));
        }
    }

    @Test
    void anIdempotencyKeySentTwiceIsRefused() {
        assertThat(refusalOf(MachineChannel.REST, "Idempotency-Key", "a", "Idempotency-Key", "b"))
                .map(HeaderRules.Refusal::code).hasValue("HEADER_REPEATED");
        assertThat(refusalOf(MachineChannel.REST, "idempotency-key", "a", "IDEMPOTENCY-KEY", "a"))
                .map(HeaderRules.Refusal::status).hasValue(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ключ", "key\u00e9", "key with space", "tab\tkey"})
    void anIdempotencyKeyBeyondVisibleAsciiIsRefused(String key) {
        assertThat(refusalOf(MachineChannel.REST, "Idempotency-Key", key))
                .map(refusal -> refusal.status() + " " + refusal.code()).hasValue("400 KEY_INVALID");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json; charset=ISO-8859-1", "application/json;charset=\"windows-1251\"",
            "application/json; charset=utf-16"})
    void aBodyInAnotherCharsetThanUtf8IsUnsupported(String contentType) {
        Optional<HeaderRules.Refusal> refusal = refusalOf(MachineChannel.REST, "Content-Type", contentType);

        assertThat(refusal).map(HeaderRules.Refusal::status).hasValue(415);
        assertThat(refusal.orElseThrow().detail()).contains("UTF-8")
                .contains(HeaderRules.charsetOf(contentType).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=UTF-8", "application/json;charset=\"utf-8\""})
    void utf8OrNoCharsetPasses(String contentType) {
        assertThat(refusalOf(MachineChannel.REST, "Content-Type", contentType, "Idempotency-Key", "7f1c-42",
                "Content-Length", "12")).isEmpty();
    }

    @Test
    void aCharsetNamedWithMarkupIsNotEchoed() {
        assertThat(refusalOf(MachineChannel.REST, "Content-Type", "application/json; charset=<b>x</b>")
                .orElseThrow().detail()).doesNotContain("<").doesNotContain(">");
    }

    @Test
    void soapAndAgentCallersKeepTheirOwnHeaderRules() {
        assertThat(refusalOf(MachineChannel.SOAP, "Content-Type", "text/xml; charset=ISO-8859-1")).isEmpty();
        assertThat(refusalOf(MachineChannel.AGENT, "Idempotency-Key", "a", "Idempotency-Key", "b")).isEmpty();
    }

    /** Headers given as name, value, name, value…; names match whatever their case, as in HTTP. */
    private static Optional<HeaderRules.Refusal> refusalOf(MachineChannel channel, String... namesAndValues) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.computeIfAbsent(namesAndValues[i].toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(namesAndValues[i + 1]);
        }
        return HeaderRules.refusalOf(channel, name -> headers.getOrDefault(name, List.of()));
    }
}
