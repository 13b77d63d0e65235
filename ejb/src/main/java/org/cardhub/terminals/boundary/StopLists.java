package org.cardhub.terminals.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.callers.Role;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.Card;
import org.cardhub.secrets.SecretVault;
import org.cardhub.terminals.control.MessageSignature;
import org.cardhub.terminals.control.SigningKeys;
import org.cardhub.terminals.entity.ActiveTerminal;
import org.cardhub.terminals.entity.StopListEntry;
import org.cardhub.terminals.entity.StopListPage;

import java.util.List;

/** The stop list as one terminal sees it: card hashes under that terminal's key, in version order. */
@Stateless
@RolesAllowed(Role.Names.TERMINAL)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class StopLists {

    public static final int PAGE = 1000;

    @EJB
    Cards cards;

    @Inject
    SigningKeys signingKeys;

    @Inject
    SecretVault vault;

    public StopListPage changesSince(String terminalId, long since) {
        ActiveTerminal terminal = signingKeys.active(terminalId)
                .orElseThrow(() -> new IllegalStateException("Terminal " + terminalId + " is not active"));
        List<Card> changed = cards.stopListChanges(Math.max(0, since), PAGE + 1);
        boolean more = changed.size() > PAGE;
        List<StopListEntry> entries = changed.stream().limit(PAGE).map(card -> new StopListEntry(
                MessageSignature.of(vault.open(card.panSealed()), terminal.key()), card.panMasked(),
                card.schoolContractNumber(), card.barcode(), card.status().name(), card.isStopListed(),
                card.stopListVersion())).toList();
        long version = entries.isEmpty() ? Math.max(0, since) : entries.get(entries.size() - 1).version();
        return new StopListPage(Math.max(0, since), version, more, entries);
    }
}
