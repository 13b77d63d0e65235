package org.cardhub.backoffice;

import org.cardhub.cabinet.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.refusal.Refusal;
import org.cardhub.terminals.boundary.Terminals;
import org.cardhub.terminals.entity.TerminalKind;
import org.cardhub.terminals.entity.TerminalListing;
import org.cardhub.terminals.entity.TerminalStatus;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** The terminal registry page: the table, and rotating, disabling and enabling a terminal from its row. */
@Named
@ViewScoped
public class TerminalRegistryView implements Serializable {

    @Inject
    Terminals terminals;

    @Inject
    IssuedKey issuedKey;

    private TerminalTable table;

    @PostConstruct
    void init() {
        table = new TerminalTable(terminals);
    }

    public LazyDataModel<TerminalListing> getTable() {
        return table;
    }

    /** The empty table says "nothing matches" under a filter and "nothing registered yet" otherwise. */
    public boolean isFiltered() {
        return table.isFiltered();
    }

    public List<TerminalKind> getKinds() {
        return List.of(TerminalKind.values());
    }

    public List<TerminalStatus> getStatuses() {
        return List.of(TerminalStatus.values());
    }

    public String time(Instant instant) {
        return MoscowTime.format(instant);
    }

    public void rotateKey(String terminalId) {
        act(terminalId, id -> {
            issuedKey.show(terminals.rotateKey(id));
            PageMessages.info("terminals.rotated", id);
        });
    }

    public void disable(String terminalId) {
        act(terminalId, id -> {
            terminals.disable(id);
            PageMessages.info("terminals.disabled", id);
        });
    }

    public void enable(String terminalId) {
        act(terminalId, id -> {
            terminals.enable(id);
            PageMessages.info("terminals.enabled", id);
        });
    }

    private void act(String terminalId, Consumer<String> action) {
        try {
            action.accept(terminalId);
        } catch (Refusal refused) {
            Refusals.show(refused, terminalId, terminalId);
        }
    }
}
