package org.cardhub.it.core;

import jakarta.ejb.EJB;
import org.cardhub.it.SmsLog;
import org.cardhub.callers.AccountRefusal;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.contracts.entity.WalletTier;
import org.cardhub.it.KeycloakAdmin;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.refusal.Refusal;
import org.cardhub.wallets.boundary.IdentificationDesk;
import org.cardhub.wallets.boundary.MyIdentification;
import org.cardhub.wallets.boundary.MyWallet;
import org.cardhub.wallets.boundary.PasswordResets;
import org.cardhub.wallets.boundary.WalletOpening;
import org.cardhub.wallets.boundary.WalletSteps;
import org.cardhub.wallets.control.HolderSteps;
import org.cardhub.wallets.entity.CodeCheck;
import org.cardhub.wallets.entity.CodeNotAccepted;
import org.cardhub.wallets.entity.IdentificationView;
import org.cardhub.wallets.entity.OpenedWallet;
import org.cardhub.wallets.entity.PassportData;
import org.cardhub.wallets.entity.WalletCard;
import org.cardhub.wallets.entity.WalletOverview;
import org.cardhub.wallets.entity.WalletRefusal;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A person opens a wallet by phone inside the real Payara, against the real Keycloak: the code to the phone (read off
 * the demo SMS gateway's log), a wrong code counted, then the account signing in with the phone's digits, the wallet
 * and its virtual card; a forgotten password reset by a code, the last passwords refused; identification asked by the
 * holder and decided by the back office, the caps following; cards added with a code, at most three.
 */
@ExtendWith(ArquillianExtension.class)
class WalletsIT {

    private static final String PASSWORD = "Kosh3lek-pass";

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    WalletOpening opening;

    @EJB
    PasswordResets resets;

    @EJB
    MyWallet myWallet;

    @EJB
    WalletSteps steps;

    @EJB
    MyIdentification identification;

    @EJB
    IdentificationDesk desk;

    @EJB
    WalletFixtures wallets;

    @EJB
    BackOffice backOffice;

    @EJB
    AsWalletHolder holder;

    @EJB
    AsParent parent;

    @Test
    void aPersonOpensAWalletByPhoneAfterAWrongCodeAndSignsInWithThePhonesDigits() throws Exception {
        String phone = WalletFixtures.randomPhone();
        SmsLog.Mark mark = SmsLog.mark();
        assertThat(opening.sendCode(phone).isSent()).isTrue();
        String code = SmsLog.nextCode(phone, mark);

        Throwable wrong = catchThrowable(() -> opening.open(phone, otherThan(code), "Анна", "Кошелькова", PASSWORD));
        assertThat(wrong).isInstanceOf(CodeNotAccepted.class);
        assertThat(((CodeNotAccepted) wrong).check().result()).isEqualTo(CodeCheck.Result.WRONG);
        assertThat(((CodeNotAccepted) wrong).check().attemptsLeft()).isEqualTo(4);

        OpenedWallet opened = opening.open(phone, code, "Анна", "Кошелькова", PASSWORD);
        String login = phone.substring(1);
        KeycloakAdmin keycloak = keycloak();
        String subject = keycloak.userNamed(login).getString("id");
        try {
            assertThat(opened.login()).isEqualTo(login);
            assertThat(opened.contractNumber()).startsWith("W-");
            assertThat(opened.cardNumber()).hasSize(16).startsWith("700599");
            assertThat(keycloak.realmRolesOf(subject)).contains("wallet");
            assertThat(keycloak.userNamed(login).getJsonObject("attributes").getJsonArray("phoneNumber").getString(0))
                    .isEqualTo(phone);
            assertThat(passwordGrant(login, PASSWORD)).as("signs in with the phone's digits").isEqualTo(200);
            assertThat(catchThrowable(() -> opening.open(phone, code, "Анна", "Кошелькова", PASSWORD)))
                    .as("the phone has its wallet now").isInstanceOf(WalletRefusal.class)
                    .extracting(e -> ((Refusal) e).code()).isEqualTo(WalletRefusal.Code.PHONE_TAKEN);
        } finally {
            keycloak.deleteUser(subject);
        }
    }

    @Test
    void aWeakPasswordOrABadNameIsRefusedBeforeTheCodeIsCheckedSoNoAttemptIsSpent() throws Exception {
        String phone = WalletFixtures.randomPhone();
        SmsLog.Mark mark = SmsLog.mark();
        opening.sendCode(phone);
        String code = SmsLog.nextCode(phone, mark);

        assertThat(codeOf(() -> opening.open(phone, otherThan(code), "Анна", "Кошелькова", "short1A")))
                .as("7 characters with a digit and both cases is enough: the code is checked").isEqualTo(WalletRefusal.Code.CODE_NOT_ACCEPTED);
        assertThat(codeOf(() -> opening.open(phone, otherThan(code), "Анна", "Кошелькова", "nodigitsHere")))
                .isEqualTo(WalletRefusal.Code.PASSWORD_WEAK);
        assertThat(codeOf(() -> opening.open(phone, otherThan(code), "Анна1", "Кошелькова", PASSWORD)))
                .isEqualTo(WalletRefusal.Code.FIRST_NAME_INVALID);
        Throwable wrongAgain = catchThrowable(() -> opening.open(phone, otherThan(code), "Анна", "Кошелькова", PASSWORD));
        assertThat(((CodeNotAccepted) wrongAgain).check().attemptsLeft()).as("only the two wrong codes counted").isEqualTo(3);
    }

    @Test
    void aPhoneThatHasAWalletGetsNoCodeToOpenAnother() {
        assertThat(codeOf(() -> opening.sendCode("8 900 123-45-67"))).isEqualTo(WalletRefusal.Code.PHONE_TAKEN);
    }

    @Test
    void aForgottenPasswordIsResetByACodeEndingAllSessionsAndOneOfTheLastPasswordsIsRefused() throws Exception {
        String phone = WalletFixtures.randomPhone();
        SmsLog.Mark mark = SmsLog.mark();
        opening.sendCode(phone);
        opening.open(phone, SmsLog.nextCode(phone, mark), "Олег", "Забывчивый", PASSWORD);
        String login = phone.substring(1);
        KeycloakAdmin keycloak = keycloak();
        String subject = keycloak.userNamed(login).getString("id");
        try {
            SmsLog.Mark resetMark = SmsLog.mark();
            resets.sendCode(phone);
            String code = SmsLog.nextCode(phone, resetMark);
            assertThat(codeOf(() -> resets.reset(phone, code, PASSWORD, true)))
                    .as("the password in use is one of the last ones").isEqualTo(AccountRefusal.Code.PASSWORD_REJECTED);

            resets.reset(phone, code, "N0vyi-parol", true);

            assertThat(passwordGrant(login, PASSWORD)).as("the old password").isEqualTo(401);
            assertThat(passwordGrant(login, "N0vyi-parol")).isEqualTo(200);
            assertThat(codeOf(() -> resets.sendCode(WalletFixtures.randomPhone()))).as("a phone with no wallet")
                    .isEqualTo(WalletRefusal.Code.NO_WALLET);
        } finally {
            keycloak.deleteUser(subject);
        }
    }

    @Test
    void theHolderAsksToBeIdentifiedAndTheBackOfficeApprovalRaisesTheCaps() throws Exception {
        wallets.of(WalletFixtures.FIRST);
        PassportData passport = new PassportData("Первый", "Иван", "Петрович", LocalDate.of(1990, 5, 17), "45 10",
                "123456", LocalDate.of(2010, 6, 1));
        assertThat(holder.call(() -> myWallet.overview()).maxBalance()).isEqualTo(Amount.parse("15000.00", Currency.RUB));

        IdentificationView sent = holder.call(() -> identification.submit(passport));
        assertThat(codeOf(() -> holder.call(() -> identification.submit(passport))))
                .isEqualTo(WalletRefusal.Code.IDENTIFICATION_WAITING);
        assertThat(backOffice.call(() -> desk.waiting(0, 100))).extracting(IdentificationView::id).contains(sent.id());
        assertThat(codeOf(() -> backOffice.call(() -> desk.reject(sent.id(), " ")))).isEqualTo(WalletRefusal.Code.REASON_REQUIRED);

        backOffice.call(() -> desk.approve(sent.id()));

        WalletOverview identified = holder.call(() -> myWallet.overview());
        assertThat(identified.tier()).isEqualTo(WalletTier.IDENTIFIED);
        assertThat(identified.maxBalance()).isEqualTo(Amount.parse("100000.00", Currency.RUB));
        assertThat(identified.maxTurnover()).isEqualTo(Amount.parse("1000000.00", Currency.RUB));
        assertThat(codeOf(() -> backOffice.call(() -> desk.approve(sent.id())))).isEqualTo(WalletRefusal.Code.ALREADY_DECIDED);
        assertThat(codeOf(() -> holder.call(() -> identification.submit(passport)))).isEqualTo(WalletRefusal.Code.ALREADY_IDENTIFIED);
    }

    @Test
    void aRejectedRequestTellsTheHolderWhyAndBadPassportDataIsRefusedAtItsField() throws Exception {
        wallets.of(WalletFixtures.FIRST);
        assertThat(codeOf(() -> holder.call(() -> identification.submit(new PassportData("Первый", "Иван", null,
                LocalDate.now().minusYears(10), "4510", "123456", LocalDate.now()))))).isEqualTo(WalletRefusal.Code.BIRTH_DATE_INVALID);
        assertThat(codeOf(() -> holder.call(() -> identification.submit(new PassportData("Первый", "Иван", null,
                LocalDate.of(1990, 5, 17), "451", "123456", LocalDate.of(2010, 6, 1)))))).isEqualTo(WalletRefusal.Code.PASSPORT_INVALID);
        IdentificationView sent = holder.call(() -> identification.submit(new PassportData("Первый", "Иван", null,
                LocalDate.of(1990, 5, 17), "4510", "123456", LocalDate.of(2010, 6, 1))));

        backOffice.call(() -> desk.reject(sent.id(), "Фамилия не совпадает с паспортом"));

        IdentificationView seen = holder.call(() -> identification.latest()).orElseThrow();
        assertThat(seen.reason()).isEqualTo("Фамилия не совпадает с паспортом");
        assertThat(holder.call(() -> myWallet.overview()).tier()).isEqualTo(WalletTier.NON_IDENTIFIED);
    }

    @Test
    void aNewCardNeedsTheCodeToThePhoneAndAWalletHoldsAtMostThreeCards() throws Exception {
        WalletFixtures.Wallet wallet = wallets.of(WalletFixtures.FIRST);
        for (WalletCard card : holder.call(() -> myWallet.cards())) {
            backOffice.call(() -> closeCard(card.id()));
        }
        assertThat(codeOf(() -> holder.call(() -> steps.addCard(CardForm.VIRTUAL, "0000")))).as("no code was sent yet")
                .isEqualTo(WalletRefusal.Code.CODE_NOT_ACCEPTED);

        String code = freshCode(wallet.phone());
        assertThat(codeOf(() -> holder.call(() -> steps.addCard(CardForm.VIRTUAL, otherThan(code))))).as("a wrong code")
                .isEqualTo(WalletRefusal.Code.CODE_NOT_ACCEPTED);
        WalletCard virtual = holder.call(() -> steps.addCard(CardForm.VIRTUAL, code));
        assertThat(virtual.status()).isEqualTo(CardStatus.ACTIVE);
        assertThat(virtual.fullNumber()).hasSize(16).endsWith(virtual.panMasked().substring(virtual.panMasked().length() - 4));
        assertThat(codeOf(() -> holder.call(() -> steps.addCard(CardForm.PLASTIC, code)))).as("a code confirms one step")
                .isEqualTo(WalletRefusal.Code.CODE_NOT_ACCEPTED);
        WalletCard plastic = holder.call(() -> holderSteps.addCard(CardForm.PLASTIC));
        assertThat(plastic.status()).isEqualTo(CardStatus.ORDERED);
        assertThat(plastic.fullNumber()).isNull();
        backOffice.call(() -> cards.issue(plastic.id()));
        assertThat(holder.call(() -> myWallet.activateCard(plastic.id())).status()).as("handed over, switched on")
                .isEqualTo(CardStatus.ACTIVE);
        holder.call(() -> holderSteps.addCard(CardForm.PLASTIC));
        assertThat(codeOf(() -> holder.call(() -> holderSteps.addCard(CardForm.VIRTUAL)))).as("three live cards")
                .isEqualTo(WalletRefusal.Code.CARD_LIMIT);

        assertThat(holder.call(() -> myWallet.blockCard(virtual.id())).status()).isEqualTo(CardStatus.BLOCKED);
        assertThat(holder.call(() -> myWallet.unblockCard(virtual.id())).status()).isEqualTo(CardStatus.ACTIVE);
        WalletCard reissued = holder.call(() -> myWallet.reissueCard(virtual.id()));
        assertThat(reissued.fullNumber()).isNotNull();
        assertThat(holder.call(() -> myWallet.cards())).extracting(WalletCard::id)
                .contains(reissued.id(), plastic.id()).doesNotContain(virtual.id()).hasSize(3);
    }

    @Test
    void onlyAWalletHolderReachesAWalletAndOnlyTheirOwnCards() throws Exception {
        WalletFixtures.Wallet stranger = wallets.stranger("Чужой", "Кошелёк");
        wallets.of(WalletFixtures.FIRST);
        assertThat(Thrown.by(() -> parent.call(() -> myWallet.overview()))).isInstanceOf(jakarta.ejb.EJBAccessException.class);
        assertThat(holder.call(() -> myWallet.overview()).number()).isNotEqualTo(stranger.number());
        long strangersCard = backOffice.call(() -> strangerCard(stranger));
        assertThat(codeOf(() -> holder.call(() -> myWallet.blockCard(strangersCard)))).isEqualTo(WalletRefusal.Code.CARD_NOT_FOUND);
        assertThat(codeOf(() -> holder.call(() -> myWallet.reissueCard(strangersCard)))).isEqualTo(WalletRefusal.Code.CARD_NOT_FOUND);
    }

    @EJB
    Cards cards;

    @EJB
    HolderSteps holderSteps;

    private Object closeCard(long cardId) {
        cards.close(cardId, "test: a fresh start");
        return null;
    }

    private long strangerCard(WalletFixtures.Wallet wallet) {
        return wallets.virtualCard(wallet);
    }

    private String freshCode(String phone) throws Exception {
        SmsLog.Mark mark = SmsLog.mark();
        assertThat(holder.call(() -> myWallet.sendConfirmationCode()).isSent()).isTrue();
        return SmsLog.nextCode(phone, mark);
    }

    private static String otherThan(String code) {
        return String.format("%04d", (Integer.parseInt(code) + 1) % 10_000);
    }

    private static Object codeOf(ThrowingRunnable work) {
        Throwable thrown = Thrown.by(work::run);
        assertThat(thrown).isInstanceOf(Refusal.class);
        return ((Refusal) thrown).code();
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** Keycloak's token endpoint with the realm's test client (password grant): 200 signed in, 401 refused. */
    private static int passwordGrant(String login, String password) throws IOException, InterruptedException {
        String realm = ConfigProvider.getConfig().getValue("cardhub.oidc.provider-uri", String.class);
        String form = "grant_type=password&client_id=cardhub-tests&scope=openid&username=" + enc(login) + "&password=" + enc(password);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static KeycloakAdmin keycloak() throws IOException {
        String realm = ConfigProvider.getConfig().getValue("cardhub.oidc.provider-uri", String.class);
        try (InputStream password = WalletsIT.class.getClassLoader().getResourceAsStream(CoreTestDeployment.KEYCLOAK_ADMIN_PASSWORD)) {
            return new KeycloakAdmin(realm.substring(0, realm.indexOf("/realms/")),
                    new String(password.readAllBytes(), StandardCharsets.UTF_8).strip());
        }
    }
}
