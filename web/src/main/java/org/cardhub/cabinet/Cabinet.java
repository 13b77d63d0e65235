package org.cardhub.cabinet;

import org.cardhub.callers.CompanyRight;
import org.cardhub.callers.Role;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Each kind of person has one cabinet; the path prefix is what web.xml guards with the role. */
public enum Cabinet {
    BACKOFFICE(Role.BACKOFFICE,
            new Page("bo.menu.organizations", "pi pi-building", "/cabinet/backoffice/organizations.xhtml").in("menu.section.customers"),
            new Page("bo.menu.contracts", "pi pi-file", "/cabinet/backoffice/contracts.xhtml").in("menu.section.customers"),
            new Page("menu.applications", "pi pi-check-square", "/cabinet/backoffice/applications.xhtml").in("menu.section.customers"),
            new Page("menu.officeContract", "pi pi-building", "/cabinet/backoffice/office-contract.xhtml").in("menu.section.customers"),
            new Page("link.menu.backoffice", "pi pi-lock", "/cabinet/backoffice/link-locks.xhtml").in("menu.section.customers"),
            new Page("wallet.menu.identifications", "pi pi-id-card", "/cabinet/backoffice/identifications.xhtml").in("menu.section.customers"),
            new Page("wallet.menu.levels", "pi pi-sliders-v", "/cabinet/backoffice/wallet-levels.xhtml").in("menu.section.customers"),
            new Page("bo.menu.cards", "pi pi-credit-card", "/cabinet/backoffice/cards.xhtml").in("menu.section.cards"),
            new Page("orders.menu.queue", "pi pi-shopping-cart", "/cabinet/backoffice/card-orders.xhtml").in("menu.section.cards"),
            new Page("orders.menu.stock", "pi pi-box", "/cabinet/backoffice/card-stock.xhtml").in("menu.section.cards"),
            new Page("fix.corrections.menu", "pi pi-sliders-h", "/cabinet/backoffice/corrections.xhtml").in("menu.section.money"),
            new Page("offline.menu", "pi pi-wifi", "/cabinet/backoffice/offline-review.xhtml").in("menu.section.money"),
            new Page("menu.tariffs", "pi pi-percentage", "/cabinet/backoffice/tariffs.xhtml").in("menu.section.money"),
            new Page("menu.periods", "pi pi-calendar", "/cabinet/backoffice/periods.xhtml").in("menu.section.money"),
            new Page("menu.documents", "pi pi-file", "/cabinet/backoffice/documents.xhtml").in("menu.section.money"),
            new Page("import.menu.backoffice", "pi pi-upload", "/cabinet/backoffice/school-import.xhtml").in("menu.section.schools"),
            new Page("classes.menu.backoffice", "pi pi-sitemap", "/cabinet/backoffice/school-classes.xhtml").in("menu.section.schools"),
            new Page("sales.menu", "pi pi-chart-bar", "/cabinet/backoffice/canteen-sales.xhtml").in("menu.section.schools"),
            new Page("settle.menu", "pi pi-wallet", "/cabinet/backoffice/canteen-settlements.xhtml").in("menu.section.schools"),
            new Page("audit.menu", "pi pi-history", "/cabinet/backoffice/audit.xhtml").in("menu.section.operations"),
            new Page("ops.menu", "pi pi-chart-line", "/cabinet/backoffice/operations.xhtml").in("menu.section.operations"),
            new Page("partners.menu", "pi pi-share-alt", "/cabinet/backoffice/partners.xhtml").in("menu.section.operations"),
            new Page("hook.menu", "pi pi-send", "/cabinet/backoffice/webhooks.xhtml").in("menu.section.operations"),
            new Page("menu.terminals", "pi pi-tablet", "/cabinet/backoffice/terminals.xhtml").in("menu.section.operations"),
            new Page("menu.terminalRejections", "pi pi-ban", "/cabinet/backoffice/terminal-rejections.xhtml").in("menu.section.operations"),
            new Page("menu.deadLetters", "pi pi-inbox", "/cabinet/backoffice/dead-letters.xhtml").in("menu.section.operations"),
            Page.whenSet("cardhub.demo-mail.imap-uri", "menu.demoMail", "pi pi-envelope", "/cabinet/backoffice/mail.xhtml")
                    .in("menu.section.operations")),
    CORPORATE(Role.CORPORATE, new Page("menu.fleetCards", "pi pi-credit-card", "/cabinet/corporate/cards.xhtml"),
            new Page("menu.fleetGroups", "pi pi-folder", "/cabinet/corporate/groups.xhtml"),
            new Page("menu.fleetTransactions", "pi pi-list", "/cabinet/corporate/transactions.xhtml"),
            new Page("menu.fleetBalance", "pi pi-wallet", "/cabinet/corporate/balance.xhtml"),
            new Page("menu.fleetDocuments", "pi pi-file", "/cabinet/corporate/documents.xhtml"),
            new Page("menu.companyUsers", "pi pi-users", "/cabinet/corporate/users.xhtml", CompanyRight.MANAGE_USERS),
            new Page("orders.menu.corporate", "pi pi-shopping-cart", "/cabinet/corporate/orders.xhtml", CompanyRight.BLOCK_CARDS)),
    PARENT(Role.PARENT, new Page("topup.menu", "pi pi-credit-card", "/cabinet/parent/topup.xhtml"),
            new Page("topup.auto.menu", "pi pi-replay", "/cabinet/parent/autotopup.xhtml"),
            new Page("meals.menu", "pi pi-shopping-cart", "/cabinet/parent/meals.xhtml"),
            new Page("link.menu.parent", "pi pi-link", "/cabinet/parent/link.xhtml"),
            new Page("lessons.menu.parent", "pi pi-book", "/cabinet/parent/lessons.xhtml"),
            new Page("menu.notifications", "pi pi-bell", "/cabinet/parent/notifications.xhtml")),
    PUPIL(Role.PUPIL, new Page("day.menu.pupil", "pi pi-calendar", "/cabinet/pupil/day.xhtml")),
    TEACHER(Role.TEACHER, new Page("teacher.menu.attendance", "pi pi-calendar", "/cabinet/teacher/attendance.xhtml"),
            new Page("group.menu", "pi pi-shopping-cart", "/cabinet/teacher/group-meals.xhtml")),
    CANTEEN(Role.CANTEEN, new Page("cmenu.menu", "pi pi-book", "/cabinet/canteen/menu.xhtml"),
            new Page("group.menu.canteen", "pi pi-check-square", "/cabinet/canteen/group-meals.xhtml"),
            new Page("sales.menu", "pi pi-chart-bar", "/cabinet/canteen/sales.xhtml"),
            new Page("settle.menu", "pi pi-wallet", "/cabinet/canteen/settlements.xhtml")),
    DIRECTOR(Role.DIRECTOR, new Page("classes.menu.director", "pi pi-sitemap", "/cabinet/director/classes.xhtml"),
            new Page("import.menu.director", "pi pi-upload", "/cabinet/director/import.xhtml"),
            new Page("sales.menu", "pi pi-chart-bar", "/cabinet/director/canteen-sales.xhtml"),
            new Page("settle.menu", "pi pi-wallet", "/cabinet/director/canteen-settlements.xhtml")),
    /** Home: today's lessons of the centre's groups; then the groups, the pupils and a lesson's register. */
    CENTER(Role.CENTER, new Page("centre.menu.register", "pi pi-check-square", "/cabinet/center/register.xhtml"),
            new Page("centre.menu.pupils", "pi pi-users", "/cabinet/center/pupils.xhtml"),
            new Page("centre.menu.groups", "pi pi-calendar", "/cabinet/center/groups.xhtml")),
    /** Home: the wallet's balance, cards and recent operations; then transfers, to the holder's own bank card,
     * auto-payments, identification and bonus points. */
    WALLET(Role.WALLET, new Page("wallet.menu.transfer", "pi pi-send", "/cabinet/wallet/transfer.xhtml"),
            new Page("wallet.menu.withdraw", "pi pi-arrow-circle-up", "/cabinet/wallet/withdraw.xhtml"),
            new Page("wallet.menu.autopay", "pi pi-replay", "/cabinet/wallet/autopay.xhtml"),
            new Page("wallet.menu.cards", "pi pi-credit-card", "/cabinet/wallet/cards.xhtml"),
            new Page("wallet.menu.points", "pi pi-star", "/cabinet/wallet/points.xhtml"),
            new Page("wallet.menu.profile", "pi pi-id-card", "/cabinet/wallet/profile.xhtml")),
    /** Home: the applicant's own applications; a company's contract is applied for on the second page. */
    APPLICANT(Role.APPLICANT, new Page("menu.apply", "pi pi-file-edit", "/cabinet/applicant/apply.xhtml"),
            new Page("link.menu.parent", "pi pi-link", "/cabinet/applicant/link-child.xhtml"));

    /**
     * A page of the cabinet's menu: its label in the message bundle, its icon and its path; shown only to those who
     * hold {@code right} at a company they act for, when it names one (the page's boundary refuses the others anyway),
     * and only where the installation has the setting {@code setting}, when it names one (a page of the demo only). A
     * cabinet with many pages groups them under headings: {@code section} is the heading's label, or null.
     */
    public record Page(String labelKey, String icon, String path, CompanyRight right, String setting, String section) {

        public Page(String labelKey, String icon, String path) {
            this(labelKey, icon, path, null, null, null);
        }

        public Page(String labelKey, String icon, String path, CompanyRight right) {
            this(labelKey, icon, path, right, null, null);
        }

        static Page whenSet(String setting, String labelKey, String icon, String path) {
            return new Page(labelKey, icon, path, null, setting, null);
        }

        /** The same page under the heading {@code sectionKey}. */
        Page in(String sectionKey) {
            return new Page(labelKey, icon, path, right, setting, sectionKey);
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
