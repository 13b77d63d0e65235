package org.cardhub.backoffice;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.terminals.boundary.Terminals;
import org.cardhub.terminals.entity.TerminalRejection;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.Instant;

/** Messages the terminal registry refused (unknown or disabled terminal, bad signature, malformed), newest first. */
@Named
@ViewScoped
public class TerminalRejectionsView implements Serializable {

    @Inject
    Terminals terminals;

    private RejectionTable table;

    @PostConstruct
    void init() {
        table = new RejectionTable(terminals);
    }

    public LazyDataModel<TerminalRejection> getTable() {
        return table;
    }

    public String time(Instant instant) {
        return MoscowTime.format(instant);
    }
}
