package org.cardhub.parent;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.cabinet.SignedInUser;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.notifications.boundary.Notifications;
import org.cardhub.notifications.boundary.SmsInformers;
import org.cardhub.notifications.entity.Addresses;
import org.cardhub.notifications.entity.ChildChoices;
import org.cardhub.notifications.entity.ChildNotices;
import org.cardhub.notifications.entity.InformerOutcome;
import org.cardhub.notifications.entity.InvalidNoticeSettingsException;
import org.cardhub.notifications.entity.NoticeSettings;
import org.cardhub.notifications.entity.SettingsChange;
import org.cardhub.notifications.entity.SettingsProblem;
import org.cardhub.notifications.entity.Threshold;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The parent chooses where they hear from Cardhub (email, phone, push), and for each child which kinds of event come by
 * which channel, the low-balance thresholds of its two purses, and the paid SMS informer. Bad input is answered at its
 * field with nothing saved.
 */
@Named
@ViewScoped
public class NotificationSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "notifications";

    @Inject
    Notifications notifications;

    @Inject
    SmsInformers informers;

    @Inject
    SignedInUser user;

    @Inject
    Language language;

    private String email;
    private String phone;
    private String pushToken;
    private boolean emailFromAccount;
    private List<NoticeChildForm> children = List.of();

    @PostConstruct
    void load() {
        NoticeSettings settings = notifications.mySettings();
        Addresses addresses = settings.addresses();
        email = addresses.email();
        phone = addresses.phone();
        pushToken = addresses.pushToken();
        if (email == null && !user.getEmail().isBlank()) {
            email = user.getEmail();
            emailFromAccount = true;
        }
        children = new ArrayList<>();
        for (ChildNotices child : settings.children()) {
            NoticeChildForm form = new NoticeChildForm(child, language.getLocale());
            form.show(child.informer(), texts().of(child.informer(), child.timeZone()));
            children.add(form);
        }
    }

    public void save() {
        List<ChildChoices> choices = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (int index = 0; index < children.size(); index++) {
            NoticeChildForm child = children.get(index);
            Amount main = threshold(child.getMainThreshold(), thresholdId(index, AccountPurpose.MAIN), refused);
            Amount canteen = threshold(child.getCanteenThreshold(), thresholdId(index, AccountPurpose.CANTEEN), refused);
            choices.add(child.choices(main, canteen));
        }
        if (!refused.isEmpty()) {
            return;
        }
        SettingsChange change = new SettingsChange(new Addresses(email, phone, pushToken), choices);
        List<SettingsProblem> problems = change.problems();
        if (!problems.isEmpty()) {
            problems.forEach(problem -> refuse(clientIdOf(problem.field()), problem.code()));
            return;
        }
        try {
            notifications.saveMySettings(change);
        } catch (InvalidNoticeSettingsException malformed) {
            refuse(clientIdOf(malformed.field()), malformed.code());
            return;
        } catch (AccessDeniedException notTheirs) {
            PageMessages.refuse(null, "notices.error.notYours");
            return;
        }
        email = change.addresses().email();
        phone = change.addresses().phone();
        emailFromAccount = false;
        PageMessages.info("notices.saved");
    }

    public void connect(NoticeChildForm child) {
        try {
            InformerOutcome outcome = informers.connect(child.getCardId());
            String text = texts().outcome(outcome, child.getName());
            if (outcome.isConnected()) {
                FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
            } else {
                FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            }
        } catch (AccessDeniedException notTheirs) {
            PageMessages.refuse(null, "notices.error.notYours");
        }
        refreshInformers();
    }

    public void disconnect(NoticeChildForm child) {
        try {
            informers.disconnect(child.getCardId());
            PageMessages.info("notices.informer.disconnected", child.getName());
        } catch (AccessDeniedException notTheirs) {
            PageMessages.refuse(null, "notices.error.notYours");
        }
        refreshInformers();
    }

    /** The informers as they are now; what the parent typed elsewhere on the page stays as typed. */
    private void refreshInformers() {
        for (ChildNotices fresh : notifications.mySettings().children()) {
            children.stream().filter(child -> child.getCardId() == fresh.cardId()).findFirst()
                    .ifPresent(child -> child.show(fresh.informer(), texts().of(fresh.informer(), fresh.timeZone())));
        }
    }

    /**
     * The threshold typed into a child's field, or null: for none, and for one refused at its field (noted in
     * {@code refused}).
     */
    private static Amount threshold(String typed, String clientId, List<String> refused) {
        try {
            return Threshold.typed(typed, clientId).orElse(null);
        } catch (InvalidNoticeSettingsException malformed) {
            refuse(clientId, malformed.code());
            refused.add(clientId);
            return null;
        }
    }

    private static String thresholdId(int index, AccountPurpose purpose) {
        return FORM + ":children:" + index + ":" + (purpose == AccountPurpose.MAIN ? "mainThreshold" : "canteenThreshold");
    }

    private String clientIdOf(String field) {
        if (Addresses.EMAIL_FIELD.equals(field) || Addresses.PHONE_FIELD.equals(field)) {
            return FORM + ":" + field;
        }
        for (int index = 0; index < children.size(); index++) {
            for (AccountPurpose purpose : List.of(AccountPurpose.MAIN, AccountPurpose.CANTEEN)) {
                if (ChildChoices.thresholdField(children.get(index).getCardId(), purpose).equals(field)) {
                    return thresholdId(index, purpose);
                }
            }
        }
        return null;
    }

    private static void refuse(String clientId, InvalidNoticeSettingsException.Code code) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, PageMessages.text("notices.error." + code),
                null));
        faces.validationFailed();
    }

    private InformerTexts texts() {
        return new InformerTexts(PageMessages::text, language.getLocale());
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

    public String getPushToken() {
        return pushToken;
    }

    /** Whether the email shown is the account's, not yet saved as where notices go. */
    public boolean isEmailFromAccount() {
        return emailFromAccount;
    }

    public List<NoticeChildForm> getChildren() {
        return children;
    }
}
