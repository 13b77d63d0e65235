package org.cardhub.backoffice;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.demomail.boundary.DemoMailbox;
import org.cardhub.demomail.entity.Mail;
import org.cardhub.demomail.entity.MailServerUnavailableException;
import org.cardhub.demomail.entity.MailSummary;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * The demo mailbox page: the latest mails (narrowed to the mailboxes whose address contains {@code q}), or the one
 * mail {@code uid} of the mailbox {@code to}, both named in the address so a mail can be reopened and the back button
 * works. Nothing here changes a mail.
 */
@Named
@ViewScoped
public class MailView implements Serializable {

    static final String PAGE = "/cabinet/backoffice/mail";

    @Inject
    DemoMailbox demoMailbox;

    private boolean available;
    private String address;
    private MailTable table;
    private boolean opening;
    private Mail mail;
    private boolean unavailable;

    @PostConstruct
    void load() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        available = demoMailbox.available();
        address = clean(parameters.get("q"));
        String mailbox = parameters.get("to");
        Long uid = number(parameters.get("uid"));
        opening = available && mailbox != null && uid != null;
        if (opening) {
            try {
                mail = demoMailbox.read(mailbox, uid).orElse(null);
            } catch (MailServerUnavailableException e) {
                unavailable = true;
            }
        }
        table = new MailTable(demoMailbox, address);
    }

    /** Shows the mailboxes whose address contains what was typed, as a link of its own. */
    public String search() {
        String typed = clean(address);
        return PAGE + "?faces-redirect=true" + (typed.isEmpty() ? "" : "&q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
    }

    public boolean isAvailable() {
        return available;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public LazyDataModel<MailSummary> getTable() {
        return table;
    }

    public boolean isListUnavailable() {
        return table.isUnavailable();
    }

    /** Whether a mail was asked for: its page is shown instead of the list. */
    public boolean isOpening() {
        return opening;
    }

    public Mail getMail() {
        return mail;
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    public String time(Instant instant) {
        return MoscowTime.format(instant);
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
