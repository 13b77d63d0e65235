package org.cardhub.sales;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where the canteen's sales and settlements are in each cabinet that shows them — the supplier's, the director's, the
 * back office's (each guarded by web.xml with its role) — and where their files are downloaded from.
 */
public enum SalesPages {
    CANTEEN("canteen", "sales", "settlements"),
    DIRECTOR("director", "canteen-sales", "canteen-settlements"),
    BACKOFFICE("backoffice", "canteen-sales", "canteen-settlements");

    private final String cabinet;
    private final String sales;
    private final String settlements;

    SalesPages(String cabinet, String sales, String settlements) {
        this.cabinet = cabinet;
        this.sales = sales;
        this.settlements = settlements;
    }

    /** The cabinet a page of it is in, by the page's view id ({@code /cabinet/director/canteen-sales.xhtml}). */
    public static Optional<SalesPages> of(String viewId) {
        return Arrays.stream(values()).filter(pages -> viewId != null && viewId.startsWith("/cabinet/" + pages.cabinet + "/"))
                .findFirst();
    }

    /** The cabinet whose file address this is ({@code /cabinet/canteen/sales/file}). */
    public static Optional<SalesPages> ofFile(String servletPath) {
        return of(servletPath);
    }

    /** The sales page, without the extension (a navigation outcome); with {@code .xhtml}, an address. */
    public String salesPage() {
        return "/cabinet/" + cabinet + "/" + sales;
    }

    public String settlementsPage() {
        return "/cabinet/" + cabinet + "/" + settlements;
    }

    public String salesFile() {
        return "/cabinet/" + cabinet + "/" + sales + "/file";
    }

    public String settlementsFile() {
        return "/cabinet/" + cabinet + "/" + settlements + "/file";
    }

    public boolean isSettlementsFile(String servletPath) {
        return settlementsFile().equals(servletPath);
    }
}
