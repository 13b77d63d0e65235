package org.cardhub.parent;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.cabinet.SignedInUser;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.cards.entity.InvalidCardIdentifierException;
import org.cardhub.cards.entity.SchoolContractNumber;
import org.cardhub.fleet.entity.KeycloakUnavailableException;
import org.cardhub.notifications.boundary.Notifications;
import org.cardhub.school.boundary.Guardians;
import org.cardhub.school.entity.ActivationCode;
import org.cardhub.school.entity.LinkRefusal;
import org.cardhub.school.entity.LinkResult;
import org.cardhub.school.entity.LinkedChild;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Linking a child (the parent's page, and the applicant's, who becomes a parent by it) and unlinking one. A malformed
 * number or code is said at its field and nothing is sent; the boundary's answers are said above the form. An applicant
 * whose first link made them a parent is signed in again at once, like {@code RenewSignInServlet} does, and lands in
 * the parent's cabinet with the child there.
 */
@Named
@ViewScoped
public class LinkChildView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String NUMBER = "link:number";
    static final String CODE = "link:code";

    @Inject
    Guardians guardians;

    @Inject
    Notifications notifications;

    @Inject
    SignedInUser user;

    private String number;
    private String code;
    private List<LinkedChild> mine = List.of();

    @PostConstruct
    void load() {
        mine = guardians.mine();
    }

    public void link() {
        String typed = LinkAnswer.typedNumber(number);
        boolean numberOk = SchoolContractNumber.isValid(typed);
        boolean codeOk = ActivationCode.isValid(code);
        if (!numberOk) {
            PageMessages.refuse(NUMBER, typed.isEmpty() ? "link.numberRequired" : "link.numberFormat");
        }
        if (!codeOk) {
            PageMessages.refuse(CODE, code == null || code.isBlank() ? "link.codeRequired" : "link.codeFormat");
        }
        if (!numberOk || !codeOk) {
            return;
        }
        LinkResult result;
        try {
            result = guardians.link(typed, code);
        } catch (InvalidCardIdentifierException e) {
            PageMessages.refuse(NUMBER, "link.numberFormat");
            return;
        } catch (LinkRefusal e) {
            PageMessages.refuse(CODE, "link.codeFormat");
            return;
        } catch (KeycloakUnavailableException e) {
            PageMessages.refuse(null, "link.signInServiceDown");
            return;
        }
        if (result.isLinked()) {
            notifications.rememberMyEmail(user.getEmail()); // the defaults (email about top-ups…) need an address
        }
        if (result.becameParent()) {
            signInAgain();
            return;
        }
        LinkAnswer answer = LinkAnswer.of(result);
        if (answer.linked()) {
            PageMessages.info(answer.key(), answer.argument());
            number = null;
            code = null;
            mine = guardians.mine();
        } else {
            PageMessages.refuse(null, answer.key(), answer.argument());
        }
    }

    public void unlink(long cardId) {
        String name = mine.stream().filter(child -> child.cardId() == cardId).map(LinkedChild::name).findFirst().orElse("");
        try {
            guardians.unlink(cardId);
            PageMessages.info("link.unlinked", name);
        } catch (AccessDeniedException e) {
            PageMessages.warn("link.gone");
        }
        mine = guardians.mine();
    }

    public String unlinkQuestion(String childName) {
        return PageMessages.text("link.unlinkConfirm", childName);
    }

    /** The tokens of this sign-in lack the role {@code parent}: Keycloak signs the person in again, with it. */
    private void signInAgain() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.invalidateSession();
        try {
            external.redirect(external.getRequestContextPath() + "/cabinet");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<LinkedChild> getMine() {
        return mine;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
