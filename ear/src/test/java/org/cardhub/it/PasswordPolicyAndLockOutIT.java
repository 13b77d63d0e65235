package org.cardhub.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.REALM;
import static org.cardhub.it.RunningCardhub.json;

/**
 * What the realm enforces on people's passwords, proved on throwaway people rather than read from its file: a password
 * too short, without a digit or an upper-case letter, or one of the last three is refused; five wrong passwords lock the
 * account so that even the right one is refused, the admin API's brute-force record shows the lock, and an
 * administrator's unlock lets the right password in again.
 */
class PasswordPolicyAndLockOutIT {

    private static final int FAILURES_TO_LOCK = 5;

    private final KeycloakAdmin keycloak = new KeycloakAdmin(REALM.substring(0, REALM.indexOf("/realms/")),
            System.getProperty("cardhub.admin-password"));

    @Test
    void aPasswordThatBreaksThePolicyIsRefusedAndTheOneSetBeforeStays() {
        String username = "policy-" + UUID.randomUUID().toString().substring(0, 8);
        String id = keycloak.createUser(username, username + "@example.test", "Policy-pass-1");
        try {
            assertRefused(keycloak.resetPassword(id, "Sh0rt-"), "invalidPasswordMinLengthMessage");
            assertRefused(keycloak.resetPassword(id, "No-digits-here"), "invalidPasswordMinDigitsMessage");
            assertRefused(keycloak.resetPassword(id, "lower-case-1"), "invalidPasswordMinUpperCaseCharsMessage");
            assertThat(keycloak.resetPassword(id, "Second-pass-2").statusCode()).as("a good new password").isEqualTo(204);
            assertRefused(keycloak.resetPassword(id, "Policy-pass-1"), "invalidPasswordHistoryMessage");

            assertThat(passwordGrant(username, "Second-pass-2").statusCode()).isEqualTo(200);
            assertThat(passwordGrant(username, "Sh0rt-").statusCode()).as("no refused password was set").isEqualTo(401);
        } finally {
            keycloak.deleteUser(id);
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOneUntilAnAdministratorUnlocksIt() throws Exception {
        String username = "lockout-" + UUID.randomUUID().toString().substring(0, 8);
        String id = keycloak.createUser(username, username + "@example.test", "Lockout-pass-1");
        try {
            assertThat(passwordGrant(username, "Lockout-pass-1").statusCode()).as("the right password, before").isEqualTo(200);
            for (int attempt = 0; attempt < FAILURES_TO_LOCK; attempt++) {
                // more than the realm's quick-login check (1 s) apart: each counts as one failure of five
                Thread.sleep(1100);
                assertThat(passwordGrant(username, "Wrong-pass-" + attempt).statusCode()).isEqualTo(401);
            }
            JsonObject locked = lockedWithin(id, Duration.ofSeconds(10));

            assertThat(locked.getBoolean("disabled")).as("temporarily locked").isTrue();
            assertThat(locked.getInt("numFailures")).isGreaterThanOrEqualTo(FAILURES_TO_LOCK);
            HttpResponse<String> right = passwordGrant(username, "Lockout-pass-1");
            assertThat(right.statusCode()).as("the right password while locked").isBetween(400, 401);
            assertThat(json(right.body()).getString("error")).isEqualTo("invalid_grant");

            keycloak.clearBruteForce(id);

            assertThat(keycloak.bruteForceStatus(id).getBoolean("disabled")).isFalse();
            assertThat(passwordGrant(username, "Lockout-pass-1").statusCode()).as("the right password, unlocked").isEqualTo(200);
        } finally {
            keycloak.clearBruteForce(id);
            keycloak.deleteUser(id);
        }
    }

    /** Keycloak records the failures as they come; the lock is read until it shows, at most {@code patience}. */
    private JsonObject lockedWithin(String id, Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        JsonObject status = keycloak.bruteForceStatus(id);
        while (!status.getBoolean("disabled") && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            status = keycloak.bruteForceStatus(id);
        }
        return status;
    }

    private static void assertRefused(HttpResponse<String> answer, String rule) {
        assertThat(answer.statusCode()).as(rule).isEqualTo(400);
        assertThat(answer.body()).as(rule).contains(rule);
    }

    /** The tests' own client's password grant, Keycloak's answer as it is. */
    private static HttpResponse<String> passwordGrant(String username, String password) {
        String body = "grant_type=password&client_id=cardhub-tests&scope=openid&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return RunningCardhub.post(REALM + "/protocol/openid-connect/token", "application/x-www-form-urlencoded", body, null);
    }
}
