package org.cardhub.cabinet;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.signin.OidcSettings;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.MenuModel;

import java.util.ResourceBundle;

/**
 * The side menu of the signed-in person's cabinet. Every entry leads to a working page: the cabinet's
 * home and the Keycloak account page (password, sessions, one-time codes). Features add their entries here.
 */
@Named
@RequestScoped
public class CabinetMenu {

    @Inject
    SignedInUser user;

    @Inject
    OidcSettings oidc;

    private MenuModel model;

    @PostConstruct
    void build() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle text = faces.getApplication().getResourceBundle(faces, "msg");
        model = new DefaultMenuModel();
        user.cabinet().ifPresent(cabinet -> model.getElements().add(DefaultMenuItem.builder()
                .value(text.getString("menu.home"))
                .icon("pi pi-home")
                .url(faces.getExternalContext().getRequestContextPath() + cabinet.homePath())
                .build()));
        if (user.cabinet().filter(cabinet -> cabinet == Cabinet.PARENT).isPresent()) {
            model.getElements().add(DefaultMenuItem.builder()
                    .value(text.getString("menu.notifications"))
                    .icon("pi pi-bell")
                    .url(faces.getExternalContext().getRequestContextPath() + "/cabinet/parent/notifications.xhtml")
                    .build());
        }
        if (user.cabinet().filter(cabinet -> cabinet == Cabinet.BACKOFFICE).isPresent()) {
            model.getElements().add(DefaultMenuItem.builder()
                    .value(text.getString("menu.deadLetters"))
                    .icon("pi pi-inbox")
                    .url(faces.getExternalContext().getRequestContextPath() + "/cabinet/backoffice/dead-letters.xhtml")
                    .build());
        }
        model.getElements().add(DefaultMenuItem.builder()
                .value(text.getString("menu.account"))
                .icon("pi pi-user-edit")
                .url(oidc.getProviderUri() + "/account")
                .target("_blank")
                .build());
    }

    public MenuModel getModel() {
        return model;
    }
}
