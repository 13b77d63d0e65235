package org.cardhub.corporate;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.CompanyRight;
import org.cardhub.callers.RightMissingException;
import org.cardhub.fleet.boundary.CompanyUsers;
import org.cardhub.fleet.entity.Company;
import org.cardhub.fleet.entity.CompanyTeam;
import org.cardhub.fleet.entity.CompanyUser;
import org.cardhub.fleet.entity.GroupChoice;
import org.cardhub.fleet.entity.KeycloakUnavailableException;
import org.cardhub.organizations.entity.MembershipRefusal;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The company's users, as its administrator manages them: who acts for the company, which cards each sees and what
 * each may change; inviting a fleet manager by email (Keycloak sends the mail to set a password), changing their
 * access, removing them. Only those who manage the company's users see anything here; everyone else is told who does.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

    /** The input of a dialog each refusal is about; those not here are about the whole dialog. */
    private static final Map<MembershipRefusal.Code, String> INPUTS = Map.of(
            MembershipRefusal.Code.EMAIL_FORMAT, "email",
            MembershipRefusal.Code.EMAIL_TAKEN, "email",
            MembershipRefusal.Code.ALREADY_MEMBER, "email",
            MembershipRefusal.Code.FIRST_NAME_FORMAT, "firstName",
            MembershipRefusal.Code.LAST_NAME_FORMAT, "lastName",
            MembershipRefusal.Code.GROUPS_REQUIRED, "groups",
            MembershipRefusal.Code.GROUP_UNKNOWN, "groups",
            MembershipRefusal.Code.MANAGER_SEES_ALL_CARDS, "rights",
            MembershipRefusal.Code.RIGHT_NOT_YOURS, "rights",
            MembershipRefusal.Code.LAST_ADMINISTRATOR, "rights");

    @Inject
    CompanyUsers companyUsers;

    private List<Company> companies;
    private Long companyId;
    private CompanyTeam team;
    private final UserForm form = new UserForm();
    private CompanyUser chosen;

    @PostConstruct
    void load() {
        companies = companyUsers.companies();
        if (!companies.isEmpty()) {
            companyId = companies.get(0).id();
            reload();
        }
    }

    public void companyChosen() {
        reload();
    }

    public void startInvite() {
        chosen = null;
        form.clear();
    }

    public void invite() {
        act("invite", () -> PageMessages.info("users.invited", companyUsers.invite(companyId, form.getEmail(),
                form.getFirstName(), form.getLastName(), form.scope(), form.chosenRights()).email()));
    }

    public void startEdit(CompanyUser user) {
        chosen = user;
        form.fill(user);
    }

    public void save() {
        act("edit", () -> {
            companyUsers.change(companyId, chosen.subject(), form.scope(), form.chosenRights());
            PageMessages.info("users.changed", chosen.email());
        });
    }

    public void startRemove(CompanyUser user) {
        chosen = user;
    }

    public void remove() {
        act(null, () -> {
            companyUsers.remove(companyId, chosen.subject());
            PageMessages.info("users.removed", chosen.email());
        });
    }

    /**
     * Runs the change; done, the dialog closes and the table and the page's messages show it. Refused (nothing saved),
     * the dialog {@code formId} stays open with the reason at its input; a removal says it on the page.
     */
    private void act(String formId, Runnable change) {
        try {
            change.run();
            reload();
            PrimeFaces.current().ajax().update("users:messages", "users:table");
            return;
        } catch (MembershipRefusal refused) {
            String input = formId == null || !INPUTS.containsKey(refused.code()) ? null : formId + ":" + INPUTS.get(refused.code());
            PageMessages.refuse(input, refused.code() == MembershipRefusal.Code.NOT_A_MEMBER ? "users.error.gone"
                    : "users.error." + refused.code(), chosen == null ? form.getEmail() : chosen.email());
        } catch (KeycloakUnavailableException e) {
            PageMessages.refuse(null, "users.error.keycloak");
        } catch (RightMissingException | AccessDeniedException e) {
            PageMessages.refuse(null, "users.error.notAdministrator");
        }
        if (formId == null) {
            PrimeFaces.current().ajax().update("users:messages");
        }
    }

    private void reload() {
        team = companyUsers.team(companyId);
    }

    /** Which cards the user sees, in words: all of them, or the groups by name. */
    public String scopeOf(CompanyUser user) {
        return user.allCards() ? PageMessages.text("users.scope.all")
                : PageMessages.text("users.scope.groups", user.groups().stream().map(this::label).collect(Collectors.joining(", ")));
    }

    /** What the user may change, in words; nothing but looking when no right is given. */
    public String rightsOf(CompanyUser user) {
        return user.rights().isEmpty() ? PageMessages.text("users.rights.none") : user.rights().stream().sorted()
                .map(right -> PageMessages.text("users.right." + right)).collect(Collectors.joining(", "));
    }

    /** A group by its name, with its contract when the company has several. */
    public String label(GroupChoice group) {
        return team != null && team.severalContracts() ? group.name() + " · " + group.contractNumber() : group.name();
    }

    public List<Company> getCompanies() {
        return companies;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public void setCompanyId(Long companyId) {
        this.companyId = companyId != null && companies.stream().anyMatch(company -> company.id() == companyId) ? companyId
                : this.companyId;
    }

    public CompanyTeam getTeam() {
        return team;
    }

    public UserForm getForm() {
        return form;
    }

    public CompanyUser getChosen() {
        return chosen;
    }

    public CompanyRight[] getRights() {
        return CompanyRight.values();
    }
}
