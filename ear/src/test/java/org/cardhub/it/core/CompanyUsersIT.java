package org.cardhub.it.core;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditEvent;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.CardScope;
import org.cardhub.callers.CompanyRight;
import org.cardhub.callers.RightMissingException;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.fleet.boundary.CompanyUsers;
import org.cardhub.fleet.entity.CompanyTeam;
import org.cardhub.fleet.entity.CompanyUser;
import org.cardhub.fleet.entity.GroupChoice;
import org.cardhub.fleet.entity.KeycloakUnavailableException;
import org.cardhub.it.KeycloakAdmin;
import org.cardhub.it.MailBox;
import org.cardhub.organizations.boundary.Organizations;
import org.cardhub.organizations.entity.MembershipRefusal;
import org.cardhub.refusal.Refusal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A company's administrator manages its users with Cardhub's own Keycloak client (manage-users only), inside Payara:
 * an invitation is a Keycloak account and Keycloak's own mail (read from the launcher's demo mail server), a
 * membership with its groups and rights, and an audit record; a change is audited old → new; a removed manager is
 * gone from the company and may be invited again. When Keycloak fails, nothing is saved; the last administrator
 * stays; only the administrator manages users, and nobody gives more than they hold.
 */
@ExtendWith(ArquillianExtension.class)
class CompanyUsersIT {

    private static final Duration MAIL_PATIENCE = Duration.ofSeconds(30);
    private static final String ADMIN_PASSWORD = CoreTestDeployment.KEYCLOAK_ADMIN_PASSWORD;

    /** Inside Payara the test has no system properties of its own: Keycloak's admin password travels in the deployment. */
    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    BackOffice backOffice;

    @EJB
    AsFleetManager fleet;

    @EJB
    AsGroupManager fleet2;

    @EJB
    AsOtherCompany fleet3;

    @EJB
    AsParent parent;

    @EJB
    Fixtures fixtures;

    @EJB
    Organizations organizations;

    @EJB
    CompanyUsers companyUsers;

    @EJB
    AuditLog audit;

    @Test
    void anInvitedManagerGetsKeycloaksMailAndIsListedWithTheirGroupAndRightsAndTheInvitationIsAudited() throws Exception {
        Company company = companyAdministeredByFleet();
        String email = newAddress();

        CompanyUser invited = fleet.call(() -> companyUsers.invite(company.id, email, "Анна", "Проверкина",
                CardScope.ofGroups(Set.of(company.service)), Set.of(CompanyRight.BLOCK_CARDS)));
        try {
            assertThat(invited.subject()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            List<MimeMessage> mails = MailBox.awaitMailsTo(email, 1, MAIL_PATIENCE);
            assertThat(mails).as("Keycloak's mail to set a password").hasSize(1);
            assertThat(MailBox.actionLink(mails.get(0))).contains("/realms/cardhub/login-actions/action-token?key=");

            CompanyUser listed = userOf(fleet.call(() -> companyUsers.team(company.id)), email);
            assertThat(listed.name()).as("the name Keycloak keeps").isEqualTo("Анна Проверкина");
            assertThat(listed.allCards()).isFalse();
            assertThat(listed.groups()).extracting(GroupChoice::name).containsExactly("Сервис");
            assertThat(listed.rights()).containsExactly(CompanyRight.BLOCK_CARDS);
            assertThat(listed.you()).isFalse();
            assertThat(memberOf(fleet.call(() -> companyUsers.team(company.id)), "fleet").you()).isTrue();
            assertThat(audit.of(AuditSubject.ORGANIZATION, company.id)).filteredOn(event -> event.action().equals("organization.member.add"))
                    .anySatisfy(event -> {
                        assertThat(event.actor()).isEqualTo("fleet");
                        assertThat(event.details()).contains(invited.subject(), email, "groups [" + company.service + "]; BLOCK_CARDS");
                    });
        } finally {
            fleet.call(() -> {
                companyUsers.remove(company.id, invited.subject());
                return null;
            });
        }
    }

    @Test
    void aChangeIsAuditedOldToNewAndARemovedManagerIsGoneAndMayBeInvitedAgainWithTheSameAccount() throws Exception {
        Company company = companyAdministeredByFleet();
        String email = newAddress();
        CompanyUser invited = fleet.call(() -> companyUsers.invite(company.id, email, "Пётр", "Изменяемый",
                CardScope.ofGroups(Set.of(company.service)), Set.of(CompanyRight.BLOCK_CARDS)));

        fleet.call(() -> companyUsers.change(company.id, invited.subject(), CardScope.ALL,
                Set.of(CompanyRight.CHANGE_LIMITS, CompanyRight.BLOCK_CARDS)));
        CompanyUser changed = userOf(fleet.call(() -> companyUsers.team(company.id)), email);
        fleet.call(() -> {
            companyUsers.remove(company.id, invited.subject());
            return null;
        });

        assertThat(changed.allCards()).isTrue();
        assertThat(changed.rights()).containsExactlyInAnyOrder(CompanyRight.CHANGE_LIMITS, CompanyRight.BLOCK_CARDS);
        assertThat(fleet.call(() -> companyUsers.team(company.id)).users()).extracting(CompanyUser::email).doesNotContain(email);
        List<AuditEvent> trail = audit.of(AuditSubject.ORGANIZATION, company.id);
        assertThat(trail).filteredOn(event -> event.action().equals("organization.member.change")
                        && event.details().startsWith(invited.subject())).singleElement()
                .satisfies(event -> assertThat(event.details()).contains("groups [" + company.service + "]; BLOCK_CARDS → all cards; "
                        + "CHANGE_LIMITS, BLOCK_CARDS"));
        assertThat(trail).filteredOn(event -> event.action().equals("organization.member.remove")).singleElement()
                .satisfies(event -> assertThat(event.details()).contains(email, "→ removed"));

        CompanyUser again = fleet.call(() -> companyUsers.invite(company.id, email, "Пётр", "Изменяемый", CardScope.ALL, Set.of()));
        try {
            assertThat(again.subject()).as("the dormant account, taken up again").isEqualTo(invited.subject());
            assertThat(MailBox.awaitMailsTo(email, 2, MAIL_PATIENCE)).hasSize(2);
        } finally {
            fleet.call(() -> {
                companyUsers.remove(company.id, again.subject());
                return null;
            });
        }
    }

    @Test
    void whenKeycloakCannotSendItsMailNothingIsSavedAndTheAddressMayBeInvitedOnceItCan() throws Exception {
        Company company = companyAdministeredByFleet();
        String email = newAddress();
        CompanyTeam before = fleet.call(() -> companyUsers.team(company.id));
        KeycloakAdmin keycloak = keycloakAdmin();
        JsonObject smtp = keycloak.smtpServer();
        Throwable failed;
        keycloak.smtpServer(Json.createObjectBuilder(smtp).add("port", "1").build()); // nothing listens there
        try {
            failed = catchThrowable(() -> fleet.call(() -> companyUsers.invite(company.id, email, "Нина", "Безпочтова",
                    CardScope.ALL, Set.of())));
        } finally {
            keycloak.smtpServer(smtp);
        }

        assertCausedBy(failed, KeycloakUnavailableException.class);
        assertThat(fleet.call(() -> companyUsers.team(company.id))).isEqualTo(before);
        assertThat(audit.of(AuditSubject.ORGANIZATION, company.id)).noneMatch(event -> event.details().contains(email));
        CompanyUser invited = fleet.call(() -> companyUsers.invite(company.id, email, "Нина", "Безпочтова", CardScope.ALL, Set.of()));
        try {
            assertThat(MailBox.awaitMailsTo(email, 1, MAIL_PATIENCE)).hasSize(1);
        } finally {
            fleet.call(() -> {
                companyUsers.remove(company.id, invited.subject());
                return null;
            });
        }
    }

    @Test
    void theLastAdministratorNeitherLeavesTheCompanyNorGivesUpManagingItsUsers() throws Exception {
        Company company = companyAdministeredByFleet();
        CompanyTeam before = fleet.call(() -> companyUsers.team(company.id));

        assertRefused(() -> fleet.call(() -> {
            companyUsers.remove(company.id, "fleet");
            return null;
        }), MembershipRefusal.Code.LAST_ADMINISTRATOR);
        assertRefused(() -> fleet.call(() -> companyUsers.change(company.id, "fleet", CardScope.ALL,
                Set.of(CompanyRight.BLOCK_CARDS))), MembershipRefusal.Code.LAST_ADMINISTRATOR);
        assertThat(fleet.call(() -> companyUsers.team(company.id))).isEqualTo(before);

        backOffice.call(() -> companyUsers.change(company.id, "fleet2", CardScope.ALL, EnumSet.allOf(CompanyRight.class)));
        fleet.call(() -> companyUsers.change(company.id, "fleet", CardScope.ALL, Set.of(CompanyRight.BLOCK_CARDS)));
        assertThat(memberOf(backOffice.call(() -> companyUsers.team(company.id)), "fleet").rights())
                .containsExactly(CompanyRight.BLOCK_CARDS);
    }

    @Test
    void onlyTheCompanysAdministratorManagesItsUsersAndARefusedAttemptChangesNothing() throws Exception {
        Company company = companyAdministeredByFleet();
        long other = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        backOffice.run(() -> organizations.addMember(other, "fleet3"));
        CompanyTeam before = fleet.call(() -> companyUsers.team(company.id));

        assertCausedBy(catchThrowable(() -> fleet2.call(() -> companyUsers.team(company.id))), RightMissingException.class);
        assertCausedBy(catchThrowable(() -> fleet2.call(() -> companyUsers.change(company.id, "fleet2", CardScope.ALL,
                EnumSet.allOf(CompanyRight.class)))), RightMissingException.class);
        assertCausedBy(catchThrowable(() -> fleet3.call(() -> companyUsers.invite(company.id, newAddress(), "Чужой", "Менеджер",
                CardScope.ALL, Set.of()))), AccessDeniedException.class);
        assertCausedBy(catchThrowable(() -> fleet3.call(() -> {
            companyUsers.remove(company.id, "fleet2");
            return null;
        })), AccessDeniedException.class);
        assertCausedBy(catchThrowable(() -> parent.call(() -> companyUsers.team(company.id))), EJBAccessException.class);
        assertThat(fleet2.call(() -> companyUsers.companies())).noneMatch(managed -> managed.id() == company.id);
        assertThat(fleet.call(() -> companyUsers.companies())).anyMatch(managed -> managed.id() == company.id);
        assertThat(fleet.call(() -> companyUsers.holdsAnywhere(CompanyRight.MANAGE_USERS))).isTrue();

        assertThat(fleet.call(() -> companyUsers.team(company.id))).isEqualTo(before);
    }

    @Test
    void nobodyGivesMoreThanTheyHoldNorAnotherCompanysGroupNorAnAddressInUse() throws Exception {
        Company company = companyAdministeredByFleet();
        Company other = companyAdministeredByFleet();
        int mailsToFleet = MailBox.mailsTo("fleet@cardhub.local").size();
        backOffice.call(() -> companyUsers.change(company.id, "fleet2", CardScope.ALL,
                Set.of(CompanyRight.MANAGE_USERS, CompanyRight.BLOCK_CARDS)));
        CompanyTeam before = fleet.call(() -> companyUsers.team(company.id));

        assertRefused(() -> fleet2.call(() -> companyUsers.invite(company.id, newAddress(), "Иван", "Щедрый", CardScope.ALL,
                Set.of(CompanyRight.MOVE_MONEY))), MembershipRefusal.Code.RIGHT_NOT_YOURS);
        assertRefused(() -> fleet2.call(() -> companyUsers.change(company.id, "fleet2", CardScope.ALL,
                Set.of(CompanyRight.MANAGE_USERS, CompanyRight.BLOCK_CARDS, CompanyRight.MOVE_MONEY))), MembershipRefusal.Code.RIGHT_NOT_YOURS);
        assertRefused(() -> fleet.call(() -> companyUsers.invite(company.id, newAddress(), "Иван", "Групповой",
                CardScope.ofGroups(Set.of(company.service)), Set.of(CompanyRight.MANAGE_USERS))), MembershipRefusal.Code.MANAGER_SEES_ALL_CARDS);
        assertRefused(() -> fleet.call(() -> companyUsers.invite(company.id, newAddress(), "Иван", "Чужегруппов",
                CardScope.ofGroups(Set.of(other.service)), Set.of())), MembershipRefusal.Code.GROUP_UNKNOWN);
        assertRefused(() -> fleet.call(() -> companyUsers.invite(company.id, "not an address", "Иван", "Иванов",
                CardScope.ALL, Set.of())), MembershipRefusal.Code.EMAIL_FORMAT);
        assertRefused(() -> fleet.call(() -> companyUsers.invite(company.id, "fleet@cardhub.local", "Олег", "Автопарков",
                CardScope.ALL, Set.of())), MembershipRefusal.Code.EMAIL_TAKEN);

        assertThat(fleet.call(() -> companyUsers.team(company.id))).isEqualTo(before);
        assertThat(MailBox.mailsTo("fleet@cardhub.local")).as("no mail to the address already in use").hasSize(mailsToFleet);
    }

    /** A test company, its contract with the groups «Сервис» (one card) and «Доставка», fleet as its administrator and fleet2 as a plain member. */
    private Company companyAdministeredByFleet() {
        long organization = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(organization, BalanceModel.POOLED, Funding.PREPAID, "0"));
        Card card = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 1)).get(0);
        long service = backOffice.call(() -> fixtures.cardGroup(contract.id(), "Сервис", card.id()));
        backOffice.call(() -> fixtures.cardGroup(contract.id(), "Доставка"));
        backOffice.run(() -> organizations.addMember(organization, "fleet"));
        backOffice.run(() -> organizations.addMember(organization, "fleet2"));
        backOffice.call(() -> companyUsers.change(organization, "fleet", CardScope.ALL, EnumSet.allOf(CompanyRight.class)));
        return new Company(organization, service);
    }

    private record Company(long id, long service) {
    }

    /** Keycloak's admin API, as the launcher's administrator: the realm's mail server is set there. */
    private static KeycloakAdmin keycloakAdmin() throws IOException {
        String realm = ConfigProvider.getConfig().getValue("cardhub.oidc.provider-uri", String.class);
        try (InputStream password = CompanyUsersIT.class.getClassLoader().getResourceAsStream(ADMIN_PASSWORD)) {
            assertThat(password).as(ADMIN_PASSWORD + " in the deployment").isNotNull();
            return new KeycloakAdmin(realm.substring(0, realm.indexOf("/realms/")),
                    new String(password.readAllBytes(), StandardCharsets.UTF_8).strip());
        }
    }

    private static String newAddress() {
        return "company-user-" + UUID.randomUUID() + "@cardhub.local";
    }

    private static CompanyUser userOf(CompanyTeam team, String email) {
        return team.users().stream().filter(user -> email.equals(user.email())).findFirst()
                .orElseThrow(() -> new AssertionError(email + " is not listed: " + team.users()));
    }

    private static CompanyUser memberOf(CompanyTeam team, String subject) {
        return team.users().stream().filter(user -> subject.equals(user.subject())).findFirst()
                .orElseThrow(() -> new AssertionError(subject + " is not listed: " + team.users()));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable action, MembershipRefusal.Code code) {
        Throwable thrown = catchThrowable(action);
        assertCausedBy(thrown, MembershipRefusal.class);
        assertThat(Stream.iterate(thrown, link -> link != null, Throwable::getCause).filter(Refusal.class::isInstance)
                .map(refusal -> ((Refusal) refusal).code()).findFirst()).contains(code);
    }

    private static void assertCausedBy(Throwable thrown, Class<? extends Throwable> cause) {
        assertThat(thrown).isNotNull();
        assertThat(Stream.iterate(thrown, link -> link != null, Throwable::getCause)).anyMatch(cause::isInstance);
    }
}
