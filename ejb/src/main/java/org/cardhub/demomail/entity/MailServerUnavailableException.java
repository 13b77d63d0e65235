package org.cardhub.demomail.entity;

import jakarta.ejb.ApplicationException;

/** The demo mail server did not answer (stopped, or not where the settings say): the page says so instead of failing. */
@ApplicationException
public class MailServerUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailServerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
