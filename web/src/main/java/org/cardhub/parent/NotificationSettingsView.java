package org.cardhub.parent;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.notifications.boundary.Notifications;
import org.cardhub.notifications.entity.NotificationPreference;

import java.io.Serializable;
import java.util.ResourceBundle;

/** The parent chooses what to hear about (passes, purchases) and how (email, SMS). */
@Named
@ViewScoped
public class NotificationSettingsView implements Serializable {

    @Inject
    Notifications notifications;

    private String email;
    private String phone;
    private boolean onEntryExit;
    private boolean onPurchase;
    private boolean byEmail;
    private boolean bySms;

    @PostConstruct
    void load() {
        NotificationPreference.Choices choices = notifications.myChoices();
        email = choices.email();
        phone = choices.phone();
        onEntryExit = choices.onEntryExit();
        onPurchase = choices.onPurchase();
        byEmail = choices.byEmail();
        bySms = choices.bySms();
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle text = faces.getApplication().getResourceBundle(faces, "msg");
        NotificationPreference.Choices choices =
                new NotificationPreference.Choices(email, phone, onEntryExit, onPurchase, byEmail, bySms);
        if (choices.lacksEmail()) {
            faces.addMessage("notifications:email", new FacesMessage(FacesMessage.SEVERITY_ERROR, text.getString("notifications.badEmail"), null));
        }
        if (choices.lacksPhone()) {
            faces.addMessage("notifications:phone", new FacesMessage(FacesMessage.SEVERITY_ERROR, text.getString("notifications.badPhone"), null));
        }
        if (choices.lacksEmail() || choices.lacksPhone()) {
            faces.validationFailed();
            return;
        }
        notifications.saveMyChoices(choices);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text.getString("notifications.saved"), null));
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isOnEntryExit() {
        return onEntryExit;
    }

    public void setOnEntryExit(boolean onEntryExit) {
        this.onEntryExit = onEntryExit;
    }

    public boolean isOnPurchase() {
        return onPurchase;
    }

    public void setOnPurchase(boolean onPurchase) {
        this.onPurchase = onPurchase;
    }

    public boolean isByEmail() {
        return byEmail;
    }

    public void setByEmail(boolean byEmail) {
        this.byEmail = byEmail;
    }

    public boolean isBySms() {
        return bySms;
    }

    public void setBySms(boolean bySms) {
        this.bySms = bySms;
    }
}
