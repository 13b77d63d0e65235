package org.cardhub.fleet.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import org.cardhub.callers.AccountRefusal;
import org.cardhub.fleet.entity.KeycloakUnavailableException;
import org.cardhub.organizations.entity.Invitation;
import org.cardhub.organizations.entity.MembershipRefusal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The people's accounts in Keycloak, through its admin REST API, for the company users of the corporate cabinet.
 * Called with the token of the realm client {@code cardhub-users} (client credentials), whose service account holds
 * {@code manage-users} of {@code realm-management} and nothing else: it may create, read, update and delete users,
 * send them Keycloak's own action mail and give or take realm roles that are not admin roles — but not read the
 * realm's roles. So the id of a role is learnt where {@code manage-users} may see it: among the roles Keycloak
 * would let us give a user (our own service account, which holds none of Cardhub's roles, for a role to take away).
 */
@ApplicationScoped
public class KeycloakAccounts {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** How long the link of an invitation mail works. */
    static final int INVITATION_LIFESPAN_SECONDS = 3 * 24 * 60 * 60;
    private static final String JSON = "application/json";

    /** An account Keycloak has for an address. */
    public record Account(String id, boolean enabled) {
    }

    @Inject
    @ConfigProperty(name = "cardhub.oidc.provider-uri")
    String realmUri;

    @Inject
    @ConfigProperty(name = "cardhub.users.client-id", defaultValue = "cardhub-users")
    String clientId;

    @Inject
    @ConfigProperty(name = "cardhub.users.client-secret")
    String clientSecret;

    /** The cabinet's own client: the invitation's "back to the application" link leads there. */
    @Inject
    @ConfigProperty(name = "cardhub.oidc.client-id", defaultValue = "cardhub-web")
    String cabinetClientId;

    @Inject
    @ConfigProperty(name = "cardhub.users.return-uri")
    Optional<String> returnUri;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private String token;
    private Instant tokenExpires = Instant.MIN;

    public Optional<Account> findByEmail(String email) {
        JsonArray found = (JsonArray) read(send(get("/users?exact=true&briefRepresentation=true&email=" + encode(email)), 200));
        return found.getValuesAs(JsonObject.class).stream()
                .filter(user -> email.equalsIgnoreCase(user.getString("email", "")))
                .map(user -> new Account(user.getString("id"), user.getBoolean("enabled", false)))
                .findFirst();
    }

    /** A new enabled account signing in with its address, without a password yet; its id. */
    public String create(Invitation invitation) {
        String body = Json.createObjectBuilder()
                .add("username", invitation.email()).add("email", invitation.email())
                .add("firstName", invitation.firstName()).add("lastName", invitation.lastName())
                .add("enabled", true).add("emailVerified", false).build().toString();
        HttpResponse<String> response = send(admin("/users").POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", JSON));
        if (response.statusCode() == 409) {
            throw new MembershipRefusal(MembershipRefusal.Code.EMAIL_TAKEN, "Keycloak has an account for " + invitation.email());
        }
        expect(response, 201);
        return createdId(response);
    }

    private static String createdId(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new KeycloakUnavailableException("Keycloak created a user but did not say where"));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /**
     * A new enabled account of a person who signs in with a login (a wallet's phone) rather than an address; its id.
     * It has no address for the realm's "verify e-mail" to ask about (else Keycloak holds the sign-in back as an account
     * not fully set up): the phone was proven by its code instead.
     */
    public String createPerson(String login, String firstName, String lastName, String phone) {
        String body = Json.createObjectBuilder().add("username", login).add("firstName", firstName).add("lastName", lastName)
                .add("attributes", Json.createObjectBuilder().add("phoneNumber", Json.createArrayBuilder().add(phone)))
                .add("enabled", true).add("emailVerified", true).build().toString();
        HttpResponse<String> response = send(admin("/users").POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", JSON));
        if (response.statusCode() == 409) {
            throw new AccountRefusal(AccountRefusal.Code.LOGIN_TAKEN, "Keycloak has an account signing in as " + login);
        }
        expect(response, 201);
        return createdId(response);
    }

    /** Sets the user's password under the realm's policy (its length, characters and history of last passwords). */
    public void setPassword(String userId, String password) {
        String body = Json.createObjectBuilder().add("type", "password").add("value", password).add("temporary", false)
                .build().toString();
        HttpResponse<String> response = send(admin(user(userId) + "/reset-password")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", JSON));
        if (response.statusCode() == 400) {
            throw new AccountRefusal(AccountRefusal.Code.PASSWORD_REJECTED, "Keycloak refused the password: "
                    + errorOf(response.body()));
        }
        expect(response, 204);
    }

    /** Keycloak's mail to set a password and confirm the address, with a link that works for three days. */
    public void sendInvitation(String userId) {
        String query = "?client_id=" + encode(cabinetClientId) + "&lifespan=" + INVITATION_LIFESPAN_SECONDS
                + returnUri.filter(uri -> !uri.isBlank()).map(uri -> "&redirect_uri=" + encode(uri)).orElse("");
        String actions = Json.createArrayBuilder().add("UPDATE_PASSWORD").add("VERIFY_EMAIL").build().toString();
        expect(send(admin(user(userId) + "/execute-actions-email" + query)
                .PUT(HttpRequest.BodyPublishers.ofString(actions)).header("Content-Type", JSON)), 204);
    }

    /** Gives the user the realm role, unless they hold it already. */
    public void grantRole(String userId, String role) {
        Optional<JsonObject> grantable = role(availableTo(userId), role);
        if (grantable.isPresent()) {
            expect(send(admin(user(userId) + "/role-mappings/realm").header("Content-Type", JSON)
                    .POST(HttpRequest.BodyPublishers.ofString(roles(grantable.get())))), 204);
        }
    }

    /** Takes the realm role from the user; nothing to do when the user is gone. */
    public void revokeRole(String userId, String role) {
        JsonObject known = role(availableTo(serviceAccountId()), role).orElseThrow(() ->
                new KeycloakUnavailableException("Keycloak has no realm role " + role + " that Cardhub may give or take"));
        HttpResponse<String> response = send(admin(user(userId) + "/role-mappings/realm").header("Content-Type", JSON)
                .method("DELETE", HttpRequest.BodyPublishers.ofString(roles(known))));
        expect(response, 204, 404);
    }

    /** Which of these realm roles the user holds (directly: Cardhub gives its roles to users, not to groups). */
    public Set<String> heldOf(String userId, Set<String> roles) {
        Set<String> grantable = names(availableTo(serviceAccountId()));
        Set<String> notHeld = names(availableTo(userId));
        return roles.stream().filter(grantable::contains).filter(role -> !notHeld.contains(role)).collect(Collectors.toSet());
    }

    public void delete(String userId) {
        expect(send(admin(user(userId)).DELETE()), 204, 404);
    }

    /** Ends the user's sessions in Keycloak, so nothing signs them in again without their password. */
    public void signOut(String userId) {
        expect(send(admin(user(userId) + "/logout").POST(HttpRequest.BodyPublishers.noBody())), 204, 404);
    }

    /** The user's name as Keycloak has it ("first last"), if it has one. */
    public Optional<String> nameOf(String userId) {
        HttpResponse<String> response = send(get(user(userId)));
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        JsonObject account = (JsonObject) read(expect(response, 200));
        String name = (account.getString("firstName", "") + " " + account.getString("lastName", "")).strip();
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    private List<JsonObject> availableTo(String userId) {
        return ((JsonArray) read(send(get(user(userId) + "/role-mappings/realm/available"), 200)))
                .getValuesAs(JsonObject.class);
    }

    private static Optional<JsonObject> role(List<JsonObject> roles, String name) {
        return roles.stream().filter(role -> name.equals(role.getString("name", null))).findFirst();
    }

    private static Set<String> names(List<JsonObject> roles) {
        return roles.stream().map(role -> role.getString("name", "")).collect(Collectors.toSet());
    }

    /** The role as Keycloak identifies it in a role mapping: its id and its name. */
    private static String roles(JsonObject role) {
        return Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("id", role.getString("id")).add("name", role.getString("name"))).build().toString();
    }

    /** The service account's own user id: the subject of its tokens. */
    private String serviceAccountId() {
        String payload = token().split("\\.")[1];
        return ((JsonObject) read(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))).getString("sub");
    }

    private synchronized String token() {
        if (token == null || Instant.now().isAfter(tokenExpires)) {
            String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(clientSecret);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(realmUri + "/protocol/openid-connect/token"))
                    .timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            JsonObject answer = (JsonObject) read(expect(exchange(request.build()), 200));
            token = answer.getString("access_token");
            // renewed half a minute early, so a token never expires between here and Keycloak
            tokenExpires = Instant.now().plusSeconds(Math.max(0, answer.getInt("expires_in", 60) - 30));
        }
        return token;
    }

    private HttpRequest.Builder get(String path) {
        return admin(path).GET();
    }

    private HttpRequest.Builder admin(String path) {
        String adminUri = realmUri.replaceFirst("/realms/([^/]+)/?$", "/admin/realms/$1");
        return HttpRequest.newBuilder(URI.create(adminUri + path)).timeout(TIMEOUT);
    }

    private static String user(String userId) {
        return "/users/" + encode(userId);
    }

    private String send(HttpRequest.Builder request, int expected) {
        return expect(send(request), expected);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return exchange(request.header("Authorization", "Bearer " + token()).header("Accept", JSON).build());
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new KeycloakUnavailableException("Keycloak did not answer " + request.method() + " " + request.uri().getPath(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeycloakUnavailableException("Interrupted while waiting for Keycloak", e);
        }
    }

    private static String expect(HttpResponse<String> response, int... expected) {
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response.body();
            }
        }
        throw new KeycloakUnavailableException("Keycloak answered " + response.request().method() + " "
                + response.request().uri().getPath() + " with " + response.statusCode() + ": " + errorOf(response.body()));
    }

    private static String errorOf(String body) {
        try {
            JsonStructure answer = read(body);
            return answer instanceof JsonObject object ? object.getString("errorMessage",
                    object.getString("error_description", object.getString("error", body))) : body;
        } catch (RuntimeException e) {
            return body == null ? "" : body.substring(0, Math.min(body.length(), 200));
        }
    }

    private static JsonStructure read(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
