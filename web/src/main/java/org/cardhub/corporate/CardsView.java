package org.cardhub.corporate;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.fleet.boundary.FleetCards;
import org.cardhub.fleet.boundary.FleetOverview;
import org.cardhub.fleet.entity.CardRow;
import org.cardhub.fleet.entity.ContractOverview;

import java.io.Serializable;
import java.util.List;

/**
 * The fleet's cards, one contract at a time: a table paged, sorted and filtered in the database, and the actions a
 * manager takes on a card there — block it (for a while, or for good when lost or stolen) and lift a temporary block.
 * A block reaches terminals at once through the stop list.
 */
@Named
@ViewScoped
public class CardsView implements Serializable {

    @Inject
    FleetOverview overview;

    @Inject
    FleetCards fleetCards;

    @Inject
    Cards cards;

    private List<ContractOverview> contracts;
    private Long contractId;
    private FleetCardTable table;
    private CardRow chosen;
    private BlockReason blockReason = BlockReason.TEMPORARY;

    @PostConstruct
    void load() {
        contracts = overview.contracts();
        if (!contracts.isEmpty()) {
            contractId = contracts.get(0).id();
            table = new FleetCardTable(fleetCards, contractId);
        }
    }

    public void contractChosen() {
        table = contractId == null ? null : new FleetCardTable(fleetCards, contractId);
    }

    public void choose(CardRow row) {
        chosen = row;
        blockReason = BlockReason.TEMPORARY;
    }

    public void block() {
        act(() -> cards.block(chosen.id(), blockReason), "fleet.cards.blocked");
    }

    public void unblock(CardRow row) {
        chosen = row;
        act(() -> cards.unblock(row.id()), "fleet.cards.unblocked");
    }

    private void act(Runnable action, String doneKey) {
        if (CardActions.act(chosen.panMasked(), action)) {
            PageMessages.info(doneKey, chosen.panMasked());
        }
    }

    public List<ContractOverview> getContracts() {
        return contracts;
    }

    public Long getContractId() {
        return contractId;
    }

    public void setContractId(Long contractId) {
        this.contractId = contracts.stream().anyMatch(contract -> contract.id() == contractId) ? contractId : null;
    }

    public FleetCardTable getTable() {
        return table;
    }

    public boolean isFiltered() {
        return table != null && table.isFiltered();
    }

    public CardRow getChosen() {
        return chosen;
    }

    public BlockReason getBlockReason() {
        return blockReason;
    }

    public void setBlockReason(BlockReason blockReason) {
        this.blockReason = blockReason;
    }

    public BlockReason[] getBlockReasons() {
        return BlockReason.values();
    }

    public List<CardStatus> getStatuses() {
        return List.of(CardStatus.ORDERED, CardStatus.ISSUED, CardStatus.ACTIVE, CardStatus.BLOCKED, CardStatus.CLOSED,
                CardStatus.REISSUED);
    }
}
