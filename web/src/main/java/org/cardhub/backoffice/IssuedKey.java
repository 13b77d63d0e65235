package org.cardhub.backoffice;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.cardhub.terminals.boundary.Terminals;

import java.io.Serializable;

/**
 * A signing key just issued by a registration or a rotation, shown once: it stays only until the person
 * closes its dialog, and is never serialised with the view.
 */
@Named
@ViewScoped
public class IssuedKey implements Serializable {

    private transient String terminalId;
    private transient String key;

    void show(Terminals.Registered issued) {
        terminalId = issued.terminal().id();
        key = issued.signingKey();
    }

    public void forget() {
        terminalId = null;
        key = null;
    }

    public boolean isPresent() {
        return key != null;
    }

    public String getTerminalId() {
        return terminalId;
    }

    public String getKey() {
        return key;
    }
}
