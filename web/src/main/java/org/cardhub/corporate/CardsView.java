package org.cardhub.corporate;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.cards.boundary.CardGroups;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.boundary.GroupSummary;
import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.fleet.boundary.FleetCards;
import org.cardhub.fleet.boundary.FleetOverview;
import org.cardhub.fleet.entity.CardRow;
import org.cardhub.fleet.entity.ContractOverview;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The fleet's cards, one contract at a time: a table paged, sorted and filtered in the database (also by card group,
 * {@code ?contract=ID&group=ID} from the groups page), and the actions a manager takes on cards there — block one (for
 * a while, or for good when lost or stolen), lift a temporary block, move the cards ticked into a group or out of any.
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

    @Inject
    CardGroups cardGroups;

    private ContractChoice choice;
    private FleetCardTable table;
    private List<GroupSummary> groups = List.of();
    private boolean mayArrange;
    private List<CardRow> selected = new ArrayList<>();
    private Long targetGroupId;
    private CardRow chosen;
    private BlockReason blockReason = BlockReason.TEMPORARY;
    private String statusFilter;

    @PostConstruct
    void load() {
        Map<String, String> address = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        choice = new ContractChoice(overview.contracts(), address.get("contract"));
        contractChosen();
        statusFilter = Arrays.stream(CardStatus.values()).map(CardStatus::name)
                .filter(name -> name.equals(address.get("status"))).findFirst().orElse(null);
        Long group = CardView.idOf(address.get("group"));
        if (table != null && groups.stream().anyMatch(known -> Objects.equals(known.id(), group))) {
            table.showGroup(group);
        }
    }

    public void contractChosen() {
        Long contractId = choice.getContractId();
        table = contractId == null ? null : new FleetCardTable(fleetCards, contractId);
        groups = contractId == null ? List.of() : cardGroups.groups(contractId);
        mayArrange = contractId != null && cardGroups.mayArrange(contractId);
        selected = new ArrayList<>();
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

    /** Opens the dialog that moves the ticked cards; without any ticked it says to tick some. */
    public void askMove() {
        targetGroupId = null;
        if (ticked().isEmpty()) {
            PageMessages.refuse(null, "fleet.groups.tickCards");
        }
    }

    /** Moves the ticked cards into the group chosen in the dialog, or out of any group: all of them or none. */
    public void move() {
        List<Long> cardIds = ticked();
        Long contractId = choice.getContractId();
        int[] moved = new int[1];
        if (GroupActions.act(() -> moved[0] = cardGroups.move(contractId, cardIds, targetGroupId),
                refused -> PageMessages.refuse(null, "fleet.groups.error." + refused.code(), ""))) {
            if (targetGroupId == null) {
                PageMessages.info("fleet.groups.movedOut", moved[0]);
            } else {
                PageMessages.info("fleet.groups.moved", moved[0], nameOf(targetGroupId));
            }
            selected = new ArrayList<>();
            groups = cardGroups.groups(contractId);
        }
    }

    private List<Long> ticked() {
        return selected == null ? List.of() : selected.stream().filter(Objects::nonNull).map(CardRow::id).toList();
    }

    private String nameOf(Long groupId) {
        return groups.stream().filter(group -> group.id() == groupId).map(GroupSummary::name).findFirst().orElse("");
    }

    public ContractChoice getChoice() {
        return choice;
    }

    public List<ContractOverview> getContracts() {
        return choice.getContracts();
    }

    public FleetCardTable getTable() {
        return table;
    }

    public boolean isFiltered() {
        return table != null && (table.isFiltered() || table.groupId() != null);
    }

    public List<GroupSummary> getGroups() {
        return groups;
    }

    /** The group the table is narrowed to, or null for all. */
    public Long getGroupId() {
        return table == null ? null : table.groupId();
    }

    public void setGroupId(Long groupId) {
        if (table != null) {
            table.showGroup(groups.stream().anyMatch(group -> Objects.equals(group.id(), groupId)) ? groupId : null);
        }
    }

    /** Whether the manager may move the contract's cards between groups (ticks and the move button show then). */
    public boolean isMayArrange() {
        return mayArrange;
    }

    public List<CardRow> getSelected() {
        return selected;
    }

    public void setSelected(List<CardRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public int getTickedCount() {
        return ticked().size();
    }

    public Long getTargetGroupId() {
        return targetGroupId;
    }

    public void setTargetGroupId(Long targetGroupId) {
        this.targetGroupId = targetGroupId;
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

    /** The status the table opens filtered by ({@code ?status=BLOCKED} from the dashboard's notice), as its name. */
    public String getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(String statusFilter) {
        this.statusFilter = statusFilter;
    }
}
