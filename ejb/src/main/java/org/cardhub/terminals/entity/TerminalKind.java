package org.cardhub.terminals.entity;

import org.cardhub.contracts.entity.ContractKind;

import java.util.EnumSet;
import java.util.Set;

import static org.cardhub.terminals.entity.EventType.AUTHORIZE;
import static org.cardhub.terminals.entity.EventType.CASH_IN;
import static org.cardhub.terminals.entity.EventType.COMPLETE;
import static org.cardhub.terminals.entity.EventType.ENTRY;
import static org.cardhub.terminals.entity.EventType.EXIT;
import static org.cardhub.terminals.entity.EventType.FARE;
import static org.cardhub.terminals.entity.EventType.PURCHASE;
import static org.cardhub.terminals.entity.EventType.REVERSAL;

/**
 * The kinds of terminal, each with the messages it may send and the programmes (kinds of contract) it serves.
 * A key taken out of a turnstile can then open gates, not credit money; a school kiosk can top up pupils'
 * cards and wallets, never a fleet's fuel contract.
 */
public enum TerminalKind {
    FUEL_POS(EnumSet.of(AUTHORIZE, COMPLETE, PURCHASE, REVERSAL), EnumSet.of(ContractKind.FUEL)),
    CANTEEN_POS(EnumSet.of(PURCHASE, REVERSAL), EnumSet.of(ContractKind.SCHOOL)),
    TURNSTILE(EnumSet.of(ENTRY, EXIT), EnumSet.of(ContractKind.SCHOOL)),
    TRANSPORT_VALIDATOR(EnumSet.of(FARE), EnumSet.of(ContractKind.SCHOOL)),
    CASH_KIOSK(EnumSet.of(CASH_IN), EnumSet.of(ContractKind.SCHOOL, ContractKind.WALLET));

    private final Set<EventType> messages;
    private final Set<ContractKind> programmes;

    TerminalKind(Set<EventType> messages, Set<ContractKind> programmes) {
        this.messages = messages;
        this.programmes = programmes;
    }

    public boolean sends(EventType type) {
        return messages.contains(type);
    }

    public Set<EventType> messages() {
        return EnumSet.copyOf(messages);
    }

    /**
     * Whether a terminal of this kind may act on a contract. A terminal placed at an organisation (a school's
     * canteen, gate or kiosk) serves only that organisation's contracts; one without (a fuel network's
     * station, a city bus) serves its programme across organisations. Wallets belong to people, not to an
     * organisation: every kiosk may take cash for them.
     */
    public boolean serves(ContractKind contract, Long contractOrganization, Long terminalOrganization) {
        if (!programmes.contains(contract)) {
            return false;
        }
        return contract == ContractKind.WALLET || terminalOrganization == null
                || terminalOrganization.equals(contractOrganization);
    }
}
