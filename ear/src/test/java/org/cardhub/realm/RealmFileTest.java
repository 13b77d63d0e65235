package org.cardhub.realm;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The realm that {@code server-config/cardhub run} imports, checked as a file: what a person running it gets. */
class RealmFileTest {

    private static final Path KEYCLOAK = Path.of(System.getProperty("cardhub.root", "..")).resolve("server-config/keycloak");

    private static JsonObject read(String file) throws IOException {
        try (Reader reader = Files.newBufferedReader(KEYCLOAK.resolve(file), StandardCharsets.UTF_8)) {
            return Json.createReader(reader).readObject();
        }
    }

    private static List<JsonObject> clients(JsonObject realm) {
        return realm.getJsonArray("clients").getValuesAs(JsonObject.class);
    }

    @Test
    void noClientOfTheRealmHasThePasswordGrantNotEvenKeycloaksAdminCli() throws IOException {
        JsonObject realm = read("cardhub-realm.json");

        assertThat(clients(realm)).allSatisfy(client -> assertThat(client.getBoolean("directAccessGrantsEnabled", false))
                .as(client.getString("clientId")).isFalse());
        assertThat(clients(realm)).extracting(client -> client.getString("clientId"))
                .contains("admin-cli").doesNotContain("cardhub-tests");
    }

    @Test
    void onlyTheTestsOwnClientHasThePasswordGrantAndItIsAPublicClientWithoutBrowserFlow() throws IOException {
        JsonObject client = read("test-client.json");

        assertThat(client.getString("clientId")).isEqualTo("cardhub-tests");
        assertThat(client.getBoolean("directAccessGrantsEnabled")).isTrue();
        assertThat(client.getBoolean("standardFlowEnabled")).isFalse();
        assertThat(client.getBoolean("serviceAccountsEnabled")).isFalse();
    }

    @Test
    void cardhubManagesCompanyUsersAndPartnerClientsWithAServiceAccountThatMayDoThatAndNothingElse() throws IOException {
        JsonObject realm = read("cardhub-realm.json");
        JsonObject client = clients(realm).stream().filter(c -> c.getString("clientId").equals("cardhub-users")).findFirst()
                .orElseThrow();
        JsonObject serviceAccount = realm.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .filter(user -> "cardhub-users".equals(user.getString("serviceAccountClientId", null))).findFirst().orElseThrow();

        assertThat(client.getBoolean("serviceAccountsEnabled")).isTrue();
        assertThat(client.getBoolean("publicClient")).isFalse();
        assertThat(client.getBoolean("standardFlowEnabled")).isFalse();
        assertThat(client.getBoolean("implicitFlowEnabled")).isFalse();
        assertThat(client.getBoolean("fullScopeAllowed")).as("its tokens carry only the roles mapped to its scope").isFalse();
        assertThat(serviceAccount.containsKey("realmRoles")).isFalse();
        assertThat(serviceAccount.getJsonObject("clientRoles").keySet()).containsExactly("realm-management");
        assertThat(serviceAccount.getJsonObject("clientRoles").getJsonArray("realm-management").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).containsExactly("manage-users", "view-clients", "manage-clients");
        assertThat(realm.getJsonObject("clientScopeMappings").getJsonArray("realm-management").getValuesAs(JsonObject.class))
                .singleElement().satisfies(mapping -> {
                    assertThat(mapping.getString("client")).isEqualTo("cardhub-users");
                    assertThat(mapping.getJsonArray("roles").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                            .containsExactly("manage-users", "view-clients", "manage-clients");
                });
    }

    /** Keycloak keeps a client's description in 255 characters and refuses to start on a longer one. */
    @Test
    void everyClientsDescriptionFitsKeycloaksColumn() throws IOException {
        JsonObject realm = read("cardhub-realm.json");

        assertThat(clients(realm)).allSatisfy(client ->
                assertThat(client.getString("description", "")).as(client.getString("clientId")).hasSizeLessThanOrEqualTo(255));
    }

    @Test
    void passwordGuessingEndsInAPermanentLockOut() throws IOException {
        JsonObject realm = read("cardhub-realm.json");

        assertThat(realm.getBoolean("bruteForceProtected")).isTrue();
        assertThat(realm.getBoolean("permanentLockout")).isTrue();
        assertThat(realm.getInt("maxTemporaryLockouts")).isBetween(1, 5);
        assertThat(realm.getInt("failureFactor")).isLessThanOrEqualTo(5);
        assertThat(realm.getInt("waitIncrementSeconds")).isGreaterThanOrEqualTo(300);
        assertThat(realm.getInt("maxFailureWaitSeconds")).isGreaterThanOrEqualTo(realm.getInt("waitIncrementSeconds"));
        assertThat(realm.getString("bruteForceStrategy")).isEqualTo("MULTIPLE");
    }

    /**
     * A company's representative registers on Keycloak's own page (issue 20): the address must be confirmed, never shared,
     * and the account starts with the role {@code applicant} alone — from the realm's default group, which the demo
     * people, imported with their own roles, are not in.
     */
    @Test
    void peopleRegisterThemselvesWithAConfirmedAddressAndBecomeApplicantsOnly() throws IOException {
        JsonObject realm = read("cardhub-realm.json");

        assertThat(realm.getBoolean("registrationAllowed")).isTrue();
        assertThat(realm.getBoolean("verifyEmail")).isTrue();
        assertThat(realm.getBoolean("duplicateEmailsAllowed")).isFalse();
        assertThat(realm.getBoolean("editUsernameAllowed")).isFalse();
        assertThat(realm.getJsonArray("defaultGroups").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactly("/applicants");
        JsonObject applicants = realm.getJsonArray("groups").getValuesAs(JsonObject.class).stream()
                .filter(group -> group.getString("path").equals("/applicants")).findFirst().orElseThrow();
        assertThat(applicants.getJsonArray("realmRoles").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactly("applicant");
        assertThat(applicants.containsKey("clientRoles")).isFalse();
        assertThat(realm.getJsonObject("defaultRole").getString("name")).isEqualTo("default-roles-cardhub");
        assertThat(realm.getJsonObject("roles").getJsonArray("realm").getValuesAs(JsonObject.class).stream()
                .filter(role -> role.getString("name").equals("default-roles-cardhub")).findFirst().orElseThrow()
                .getJsonObject("composites").getJsonArray("realm").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).as("no Cardhub role by default").doesNotContain("applicant", "corporate");
        assertThat(realm.getJsonArray("users").getValuesAs(JsonObject.class)).allSatisfy(user ->
                assertThat(user.containsKey("groups")).as(user.getString("username")).isFalse());
    }

    @Test
    void theApplicantRoleReachesTheCabinetsTokens() throws IOException {
        JsonObject realm = read("cardhub-realm.json");

        assertThat(realm.getJsonArray("scopeMappings").getValuesAs(JsonObject.class).stream()
                .filter(mapping -> mapping.getString("clientScope").equals("cardhub-roles")).findFirst().orElseThrow()
                .getJsonArray("roles").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .contains("applicant", "corporate");
    }

    /** The bonus programme's tills (issue 25): a machine client of client credentials only, whose role is partner-bonus alone. */
    @Test
    void theBonusTillsAreAMachineClientWithThePartnerBonusRoleAlone() throws IOException {
        JsonObject realm = read("cardhub-realm.json");

        JsonObject tills = clients(realm).stream().filter(c -> c.getString("clientId").equals("bonus-pos")).findFirst()
                .orElseThrow();
        assertThat(tills.getBoolean("serviceAccountsEnabled")).isTrue();
        assertThat(tills.getBoolean("standardFlowEnabled")).isFalse();
        assertThat(tills.getBoolean("publicClient")).isFalse();
        assertThat(tills.getJsonArray("defaultClientScopes").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .contains("cardhub-roles");
        JsonObject account = realm.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .filter(user -> "bonus-pos".equals(user.getString("serviceAccountClientId", null))).findFirst().orElseThrow();
        assertThat(account.getJsonArray("realmRoles").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactlyInAnyOrder("default-roles-cardhub", "partner-bonus");
        assertThat(realm.getJsonObject("roles").getJsonArray("realm").getValuesAs(JsonObject.class))
                .extracting(role -> role.getString("name")).contains("partner-bonus");
        assertThat(realm.getJsonArray("scopeMappings").getValuesAs(JsonObject.class).stream()
                .filter(mapping -> mapping.getString("clientScope").equals("cardhub-roles")).findFirst().orElseThrow()
                .getJsonArray("roles").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .contains("partner-bonus");
    }

    @Test
    void everyDemoPersonHasTheFixedIdTheDemoDataLinksThemBy() throws IOException {
        List<JsonObject> people = read("cardhub-realm.json").getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .filter(user -> !user.containsKey("serviceAccountClientId")).toList();

        assertThat(people).extracting(user -> user.getString("username"))
                .containsExactlyInAnyOrder("admin", "admin2", "fleet", "fleet2", "parent", "parent2", "pupil", "teacher", "canteen", "director", "center", "wallet");
        assertThat(people).allSatisfy(user -> assertThat(user.getString("id", ""))
                .as(user.getString("username")).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
    }

    /**
     * Registration asks a phone (issue 21): Keycloak's declarative user profile keeps the default attributes and adds
     * {@code phoneNumber}, which people see and change on the registration form and the account console, optional (a
     * company's applicant may leave it empty), checked as an international number, labelled in both languages.
     */
    @Test
    void registrationAsksAnOptionalPhoneInInternationalFormat() throws IOException {
        JsonObject realm = read("cardhub-realm.json");
        JsonObject profile = Json.createReader(new java.io.StringReader(realm.getJsonObject("components")
                .getJsonArray("org.keycloak.userprofile.UserProfileProvider").getJsonObject(0).getJsonObject("config")
                .getJsonArray("kc.user.profile.config").getString(0))).readObject();
        List<JsonObject> attributes = profile.getJsonArray("attributes").getValuesAs(JsonObject.class);

        assertThat(attributes).extracting(attribute -> attribute.getString("name"))
                .containsExactly("username", "email", "firstName", "lastName", "phoneNumber");
        JsonObject phone = attributes.get(4);
        assertThat(phone.containsKey("required")).as("optional").isFalse();
        assertThat(phone.getJsonObject("permissions").getJsonArray("edit").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).containsExactlyInAnyOrder("admin", "user");
        java.util.regex.Pattern format = java.util.regex.Pattern.compile(phone.getJsonObject("validations")
                .getJsonObject("pattern").getString("pattern"));
        assertThat(List.of("+79001234567", "+79007654321", "+375291234567", "+12025550123"))
                .allSatisfy(number -> assertThat(format.matcher(number).matches()).as(number).isTrue());
        assertThat(List.of("89001234567", "79001234567", "+7 900 123-45-67", "+7(900)1234567", "+0123456789", "+7900",
                "+7900123456789012"))
                .allSatisfy(number -> assertThat(format.matcher(number).matches()).as(number).isFalse());
        String label = phone.getString("displayName").replaceAll("^\\$\\{(.*)}$", "$1");
        String error = phone.getJsonObject("validations").getJsonObject("pattern").getString("error-message");
        assertThat(realm.getJsonObject("localizationTexts").getJsonObject("ru").getString(label)).isEqualTo("Телефон");
        assertThat(realm.getJsonObject("localizationTexts").getJsonObject("en").getString(label)).isEqualTo("Phone");
        assertThat(realm.getJsonObject("localizationTexts").getJsonObject("ru").getString(error)).contains("+79001234567");
        assertThat(realm.getJsonObject("localizationTexts").getJsonObject("en").getString(error)).contains("+79001234567");
    }

    @Test
    void theDemoParentsHaveThePhonesTheirNotificationsGoTo() throws IOException {
        List<JsonObject> users = read("cardhub-realm.json").getJsonArray("users").getValuesAs(JsonObject.class);

        assertThat(users).filteredOn(user -> user.getString("username", "").startsWith("parent"))
                .extracting(user -> user.getString("username") + " " + user.getJsonObject("attributes")
                        .getJsonArray("phoneNumber").getString(0))
                .containsExactlyInAnyOrder("parent +79001234567", "parent2 +79007654321");
    }

    /**
     * Step-up (issue 23): the browser flow asks the password for level 1 ({@code silver}, every sign-in) and a one-time
     * code on top for level 2 ({@code gold}), afresh each time a client asks for it; the back-office people have the
     * demo authenticator's secret.
     */
    @Test
    void theBrowserFlowAsksAOneTimeCodeOnlyForLevelTwo() throws IOException {
        JsonObject realm = read("cardhub-realm.json");
        List<JsonObject> flows = realm.getJsonArray("authenticationFlows").getValuesAs(JsonObject.class);
        java.util.function.Function<String, List<String>> steps = alias -> flows.stream()
                .filter(flow -> flow.getString("alias").equals(alias)).findFirst().orElseThrow()
                .getJsonArray("authenticationExecutions").getValuesAs(JsonObject.class).stream()
                .map(step -> step.getString("authenticator", step.getString("flowAlias", "")) + " " + step.getString("requirement")
                        + (step.containsKey("authenticatorConfig") ? " " + step.getString("authenticatorConfig") : ""))
                .toList();

        assertThat(realm.getString("browserFlow")).isEqualTo("cardhub browser");
        assertThat(steps.apply("cardhub browser")).contains("auth-cookie ALTERNATIVE", "cardhub browser forms ALTERNATIVE");
        assertThat(steps.apply("cardhub browser forms")).containsExactly("cardhub level 1 password CONDITIONAL",
                "cardhub level 2 one-time code CONDITIONAL");
        assertThat(steps.apply("cardhub level 1 password")).containsExactly(
                "conditional-level-of-authentication REQUIRED cardhub level 1", "auth-username-password-form REQUIRED");
        assertThat(steps.apply("cardhub level 2 one-time code")).containsExactly(
                "conditional-level-of-authentication REQUIRED cardhub level 2", "auth-otp-form REQUIRED");
        List<JsonObject> configs = realm.getJsonArray("authenticatorConfig").getValuesAs(JsonObject.class);
        assertThat(configs).extracting(config -> config.getString("alias") + " " + config.getJsonObject("config")
                .getString("loa-condition-level") + " " + config.getJsonObject("config").getString("loa-max-age"))
                .containsExactlyInAnyOrder("cardhub level 1 1 36000", "cardhub level 2 2 0");
        JsonObject levels = Json.createReader(new java.io.StringReader(realm.getJsonObject("attributes")
                .getString("acr.loa.map"))).readObject();
        assertThat(levels.getInt("silver")).isEqualTo(1);
        assertThat(levels.getInt("gold")).isEqualTo(2);
    }

    @Test
    void theBackOfficePeopleHaveTheDemoAuthenticatorAndTheOthersOnlyAPassword() throws IOException {
        List<JsonObject> people = read("cardhub-realm.json").getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .filter(user -> !user.containsKey("serviceAccountClientId")).toList();

        assertThat(people).allSatisfy(user -> {
            boolean backOffice = user.getJsonArray("realmRoles").getValuesAs(JsonString.class).stream()
                    .anyMatch(role -> role.getString().equals("backoffice"));
            List<JsonObject> codes = user.getJsonArray("credentials").getValuesAs(JsonObject.class).stream()
                    .filter(credential -> credential.getString("type").equals("otp")).toList();
            assertThat(codes).as(user.getString("username")).hasSize(backOffice ? 1 : 0);
            codes.forEach(code -> {
                assertThat(code.getString("secretData")).contains("CARDHUBDEMOSTEPUPSECRETKEY234567");
                assertThat(code.getString("credentialData")).contains("\"secretEncoding\":\"BASE32\"", "\"period\":30",
                        "\"digits\":6", "\"algorithm\":\"HmacSHA1\"");
            });
        });
    }

    @Test
    void theWebClientIsToldOfSignOutsOnTheBackChannel() throws IOException {
        JsonObject web = clients(read("cardhub-realm.json")).stream()
                .filter(c -> c.getString("clientId").equals("cardhub-web")).findFirst().orElseThrow();

        assertThat(web.getBoolean("frontchannelLogout")).isFalse();
        assertThat(web.getJsonObject("attributes").getString("backchannel.logout.url"))
                .isEqualTo(web.getString("rootUrl") + "signout/backchannel");
        assertThat(web.getJsonObject("attributes").getString("backchannel.logout.session.required")).isEqualTo("true");
    }
}
