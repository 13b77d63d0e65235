package org.cardhub.terminals.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.contracts.boundary.ContractProgrammes;
import org.cardhub.contracts.entity.Programme;
import org.cardhub.payments.entity.PurseRef;

import java.util.Optional;

/** The programme of what a terminal message names — a card, a contract or a wallet — before anything is done to it. */
@Dependent
public class TargetProgrammes {

    @Inject
    CardDirectory cards;

    @EJB
    ContractProgrammes programmes;

    public Optional<Programme> ofCard(CardRef card) {
        return cards.programmeOf(card);
    }

    public Optional<Programme> ofPurse(PurseRef purse) {
        if (purse.card() != null) {
            return cards.programmeOf(purse.card());
        }
        return purse.walletPhone().map(programmes::ofWalletPhone)
                .orElseGet(() -> programmes.ofContract(purse.contractNumber()));
    }
}
