package org.cardhub.cabinet;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.fleet.boundary.CompanyUsers;
import org.cardhub.signin.OidcSettings;
import org.eclipse.microprofile.config.Config;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

import java.util.ResourceBundle;

/**
 * The side menu of the signed-in person's cabinet. Every entry leads to a working page: the cabinet's
 * home and the Keycloak account page (password, sessions, one-time codes). Features add their entries in
 * {@link Cabinet}; an entry that needs a company right is shown to those who hold it, one that needs a setting (a page
 * of the demo) where the installation has it.
 */
@Named
@RequestScoped
public class CabinetMenu {

    @Inject
    SignedInUser user;

    @Inject
    OidcSettings oidc;

    @EJB
    CompanyUsers companyUsers;

    @Inject
    Config config;

    private MenuModel model;

    @PostConstruct
    void build() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle text = faces.getApplication().getResourceBundle(faces, "msg");
        model = new DefaultMenuModel();
        String context = faces.getExternalContext().getRequestContextPath();
        user.cabinet().ifPresent(cabinet -> {
            add(null, text.getString("menu.home"), "pi pi-home", context + cabinet.homePath());
            cabinet.pages().stream().filter(page -> page.right() == null || companyUsers.holdsAnywhere(page.right()))
                    .filter(page -> page.setting() == null || config.getOptionalValue(page.setting(), String.class).isPresent())
                    .forEach(page -> add(page.section() == null ? null : text.getString(page.section()),
                            text.getString(page.labelKey()), page.icon(), context + page.path()));
        });
        model.getElements().add(DefaultMenuItem.builder()
                .value(text.getString("menu.account"))
                .icon("pi pi-user-edit")
                .url(oidc.getProviderUri() + "/account")
                .target("_blank")
                .build());
    }

    /** Adds the entry at the end, under the heading {@code section} (a new heading when it differs from the last). */
    private void add(String section, String label, String icon, String url) {
        DefaultMenuItem item = DefaultMenuItem.builder().value(label).icon(icon).url(url).build();
        if (section == null) {
            model.getElements().add(item);
            return;
        }
        boolean sameHeading = !model.getElements().isEmpty()
                && model.getElements().get(model.getElements().size() - 1) instanceof DefaultSubMenu last
                && section.equals(last.getLabel());
        if (!sameHeading) {
            model.getElements().add(DefaultSubMenu.builder().label(section).build());
        }
        ((DefaultSubMenu) model.getElements().get(model.getElements().size() - 1)).getElements().add(item);
    }

    public MenuModel getModel() {
        return model;
    }
}
