package org.cardhub.terminals.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.callers.Role;
import org.cardhub.terminals.control.PriceListing;
import org.cardhub.terminals.control.SigningKeys;
import org.cardhub.terminals.entity.ActiveTerminal;
import org.cardhub.terminals.entity.PriceList;

import java.time.LocalDate;

/**
 * The price list as one terminal fetches it for a date: its own products and, for a school's canteen terminal, the
 * dishes of the menu the school published for that date. A purchase line naming a code is held to it.
 */
@Stateless
@RolesAllowed(Role.Names.TERMINAL)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PriceLists {

    @Inject
    SigningKeys signingKeys;

    @Inject
    PriceListing listing;

    /** The terminal's price list of {@code date}; with none, of today at its school's clock. */
    public PriceList forTerminal(String terminalId, LocalDate date) {
        ActiveTerminal terminal = signingKeys.active(terminalId)
                .orElseThrow(() -> new IllegalStateException("Terminal " + terminalId + " is not active"));
        return listing.of(terminal, date == null ? listing.today(terminal) : date);
    }
}
