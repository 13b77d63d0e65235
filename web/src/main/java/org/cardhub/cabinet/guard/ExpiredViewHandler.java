package org.cardhub.cabinet.guard;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A postback whose view Faces no longer has — the session ended, the server restarted, or the view
 * state was made up — is the visitor's situation, not a server error: they get the "page expired, sign
 * in again" page with 400 and the log one line, instead of 500 and a stack trace. An Ajax postback is
 * redirected to that page, because the Ajax engine would not show an error answer.
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {

    static final String EXPIRED_PATH = "/expired";
    private static final Logger LOG = Logger.getLogger(ExpiredViewHandler.class.getName());

    public ExpiredViewHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEvent event = events.next();
            if (isExpiredView(event.getContext().getException())) {
                events.remove();
                answerExpired(event.getContext().getContext());
            }
        }
        getWrapped().handle();
    }

    static boolean isExpiredView(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    private static void answerExpired(FacesContext faces) {
        if (faces.getResponseComplete()) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        LOG.info(() -> "Expired or unknown view state for " + external.getRequestServletPath() + ": answered with the expired page");
        try {
            if (faces.getPartialViewContext().isAjaxRequest()) {
                external.redirect(external.getRequestContextPath() + EXPIRED_PATH);
            } else {
                external.dispatch(EXPIRED_PATH);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
