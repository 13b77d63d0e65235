package org.cardhub.organizations.entity;

import org.cardhub.callers.CardScope;
import org.cardhub.callers.CompanyRight;
import org.cardhub.organizations.entity.MembershipRefusal.Code;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

class OrganizationMemberTest {

    private static final Set<CompanyRight> ALL = EnumSet.allOf(CompanyRight.class);

    @Test
    void aManagerOfOneGroupWhoMayOnlyBlockCards() {
        OrganizationMember member = new OrganizationMember(1, "someone");

        member.assign(CardScope.ofGroups(Set.of(7L)), Set.of(CompanyRight.BLOCK_CARDS));

        assertThat(member.scope()).isEqualTo(CardScope.ofGroups(Set.of(7L)));
        assertThat(member.rights()).containsExactly(CompanyRight.BLOCK_CARDS);
        assertThat(member.holds(CompanyRight.CHANGE_LIMITS)).isFalse();
        assertThat(member.describeAccess()).isEqualTo("groups [7]; BLOCK_CARDS");
        member.assign(CardScope.ALL, Set.of());
        assertThat(member.describeAccess()).isEqualTo("all cards; no rights");
    }

    @Test
    void limitedToGroupsMeansAtLeastOneGroup() {
        assertRefused(() -> new OrganizationMember(1, "someone").assign(CardScope.ofGroups(Set.of()), Set.of()),
                Code.GROUPS_REQUIRED);
    }

    @Test
    void whoeverManagesTheUsersSeesAllCardsOrTheyCouldGiveThemselvesAnyCard() {
        OrganizationMember member = new OrganizationMember(1, "someone");

        assertRefused(() -> member.assign(CardScope.ofGroups(Set.of(7L)), ALL), Code.MANAGER_SEES_ALL_CARDS);
        assertThat(member.holds(CompanyRight.MANAGE_USERS)).as("nothing changed").isFalse();
        assertThatCode(() -> member.assign(CardScope.ALL, ALL)).doesNotThrowAnyException();
    }

    @Test
    void nobodyGivesARightTheyDoNotHoldButARightAlreadyHeldMayStay() {
        OrganizationMember administrator = new OrganizationMember(1, "admin");
        administrator.assign(CardScope.ALL, EnumSet.of(CompanyRight.MANAGE_USERS, CompanyRight.BLOCK_CARDS));

        assertThatCode(() -> administrator.requireMayGrant(Set.of(CompanyRight.BLOCK_CARDS), Set.of())).doesNotThrowAnyException();
        assertRefused(() -> administrator.requireMayGrant(Set.of(CompanyRight.MOVE_MONEY), Set.of()), Code.RIGHT_NOT_YOURS);
        assertThatCode(() -> administrator.requireMayGrant(Set.of(CompanyRight.MOVE_MONEY), Set.of(CompanyRight.MOVE_MONEY)))
                .doesNotThrowAnyException();
    }

    @Test
    void theLastAdministratorNeitherLeavesNorGivesUpManagingTheUsers() {
        OrganizationMember administrator = new OrganizationMember(1, "admin");
        administrator.assign(CardScope.ALL, ALL);

        assertRefused(() -> administrator.requireAdministratorLeft(Set.of(), 0), Code.LAST_ADMINISTRATOR);
        assertRefused(() -> administrator.requireAdministratorLeft(Set.of(CompanyRight.BLOCK_CARDS), 0), Code.LAST_ADMINISTRATOR);
        assertThatCode(() -> administrator.requireAdministratorLeft(ALL, 0)).doesNotThrowAnyException();
        assertThatCode(() -> administrator.requireAdministratorLeft(Set.of(), 1)).doesNotThrowAnyException();
        OrganizationMember manager = new OrganizationMember(1, "manager");
        assertThatCode(() -> manager.requireAdministratorLeft(Set.of(), 0)).as("not an administrator").doesNotThrowAnyException();
    }
}
