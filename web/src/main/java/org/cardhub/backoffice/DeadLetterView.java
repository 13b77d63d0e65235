package org.cardhub.backoffice;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.terminals.boundary.DeadLetters;
import org.cardhub.terminals.entity.DeadLetter;

import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;

/** The back office's view of the dead-message queue, with a re-drive per message. */
@Named
@ViewScoped
public class DeadLetterView implements Serializable {

    @Inject
    DeadLetters deadLetters;

    private List<DeadLetter> letters;

    @PostConstruct
    void load() {
        letters = deadLetters.list();
    }

    public List<DeadLetter> getLetters() {
        return letters;
    }

    public void redrive(String messageId) {
        act(() -> deadLetters.redrive(messageId), "deadLetters.redriven", messageId);
    }

    public void discard(String messageId) {
        act(() -> deadLetters.discard(messageId), "deadLetters.discarded", messageId);
    }

    /** Someone else may have re-driven or discarded the message a moment earlier: say so, no error page. */
    private void act(Runnable action, String doneKey, String messageId) {
        try {
            action.run();
            done(doneKey, messageId);
        } catch (AccessDeniedException gone) {
            done("deadLetters.gone", messageId);
        }
    }

    private void done(String messageKey, String messageId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle text = faces.getApplication().getResourceBundle(faces, "msg");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text.getString(messageKey), messageId));
        load();
    }
}
