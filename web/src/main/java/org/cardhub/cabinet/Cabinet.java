package org.cardhub.cabinet;

import org.cardhub.callers.CompanyRight;
import org.cardhub.callers.Role;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Each kind of person has one cabinet; the path prefix is what web.xml guards with the role. */
public enum Cabinet {
    BACKOFFICE(Role.BACKOFFICE,
            new Page("menu.terminals", "pi pi-tablet", "/cabinet/backoffice/terminals.xhtml"),
            new Page("menu.terminalRejections", "pi pi-ban", "/cabinet/backoffice/terminal-rejections.xhtml"),
            new Page("menu.deadLetters", "pi pi-inbox", "/cabinet/backoffice/dead-letters.xhtml"),
            new Page("menu.applications", "pi pi-check-square", "/cabinet/backoffice/applications.xhtml"),
            new Page("menu.officeContract", "pi pi-building", "/cabinet/backoffice/office-contract.xhtml")),
    CORPORATE(Role.CORPORATE, new Page("menu.fleetCards", "pi pi-credit-card", "/cabinet/corporate/cards.xhtml"),
            new Page("menu.fleetGroups", "pi pi-folder", "/cabinet/corporate/groups.xhtml"),
            new Page("menu.fleetTransactions", "pi pi-list", "/cabinet/corporate/transactions.xhtml"),
            new Page("menu.fleetBalance", "pi pi-wallet", "/cabinet/corporate/balance.xhtml"),
            new Page("menu.companyUsers", "pi pi-users", "/cabinet/corporate/users.xhtml", CompanyRight.MANAGE_USERS)),
    PARENT(Role.PARENT, new Page("menu.notifications", "pi pi-bell", "/cabinet/parent/notifications.xhtml")),
    PUPIL(Role.PUPIL),
    TEACHER(Role.TEACHER),
    CANTEEN(Role.CANTEEN),
    DIRECTOR(Role.DIRECTOR),
    /** Home: the applicant's own applications; a company's contract is applied for on the second page. */
    APPLICANT(Role.APPLICANT, new Page("menu.apply", "pi pi-file-edit", "/cabinet/applicant/apply.xhtml"));

    /**
     * A page of the cabinet's menu: its label in the message bundle, its icon and its path; shown only to those who
     * hold {@code right} at a company they act for, when it names one (the page's boundary refuses the others anyway).
     */
    public record Page(String labelKey, String icon, String path, CompanyRight right) {

        public Page(String labelKey, String icon, String path) {
            this(labelKey, icon, path, null);
        }
    }

    private final Role role;
    private final List<Page> pages;

    Cabinet(Role role, Page... pages) {
        this.role = role;
        this.pages = List.of(pages);
    }

    /** The cabinet's own pages besides its home. */
    public List<Page> pages() {
        return pages;
    }

    public Role role() {
        return role;
    }

    public String homePath() {
        return "/cabinet/" + role.roleName() + "/index.xhtml";
    }

    public static Optional<Cabinet> of(Role role) {
        return Arrays.stream(values()).filter(cabinet -> cabinet.role == role).findFirst();
    }
}
