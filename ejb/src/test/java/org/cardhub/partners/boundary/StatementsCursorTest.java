package org.cardhub.partners.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.cardhub.payments.entity.InvalidOperationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class StatementsCursorTest {

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 1_000_000_007L, Long.MAX_VALUE})
    void aCursorGivesBackTheEntryItWasMadeFrom(long entryId) {
        assertThat(Statements.decode(Statements.encode(entryId))).isEqualTo(entryId);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, Long.MAX_VALUE})
    void aCursorIsUrlSafeWithoutPadding(long entryId) {
        assertThat(Statements.encode(entryId)).matches("[A-Za-z0-9_-]+");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void noCursorStartsFromTheNewestEntry(String cursor) {
        assertThat(Statements.decode(cursor)).isEqualTo(Long.MAX_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a cursor!", "%%%", "abc", "ZQ", "==", " ", "e42"})
    void garbageIsNotACursor(String cursor) {
        assertInvalid(cursor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"e0", "e-1", "e-9223372036854775808", "e", "e12x", "e99999999999999999999", "x42", "42",
            "e 42"})
    void aCursorNamesAPositiveEntryId(String decoded) {
        assertInvalid(base64(decoded));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void aCursorOfNoRealEntryIsRefusedWhenItComesBack(long entryId) {
        assertInvalid(Statements.encode(entryId));
    }

    private static void assertInvalid(String cursor) {
        assertRefused(() -> Statements.decode(cursor), InvalidOperationException.Code.CURSOR_INVALID);
    }
}
