package org.cardhub.webhooks.entity;

import org.cardhub.cards.entity.CardStatus;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.ledger.entity.EntryKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which events reach which endpoint: the events it chose, of the contracts its partner serves, and nothing else. */
class SubscriptionTest {

    private static final long FUEL_CONTRACT = 7;

    /** A fleet system contracted for one fuel contract, listening for blocks only. */
    private final Subscription fleet = new Subscription(1, "fleet-system", Set.of(WebhookEventType.CARD_BLOCKED),
            Set.of(), Set.of(FUEL_CONTRACT));
    /** A payment agent serving every school and wallet, listening for top-ups and postings. */
    private final Subscription agent = new Subscription(2, "agent-demo",
            Set.of(WebhookEventType.TOPUP_CREDITED, WebhookEventType.TRANSACTION_POSTED),
            Set.of(ContractKind.SCHOOL, ContractKind.WALLET), Set.of());

    @Test
    void anEndpointHearsOfTheEventsItChoseOnTheContractsItsPartnerServes() {
        assertThat(fleet.matches(WebhookEventType.CARD_BLOCKED, FUEL_CONTRACT, ContractKind.FUEL)).isTrue();
        assertThat(agent.matches(WebhookEventType.TOPUP_CREDITED, 99, ContractKind.SCHOOL)).isTrue();
        assertThat(agent.matches(WebhookEventType.TRANSACTION_POSTED, 98, ContractKind.WALLET)).isTrue();
    }

    @Test
    void anEventItDidNotChooseDoesNotReachIt() {
        assertThat(fleet.matches(WebhookEventType.CARD_UNBLOCKED, FUEL_CONTRACT, ContractKind.FUEL)).isFalse();
        assertThat(agent.matches(WebhookEventType.CARD_BLOCKED, 99, ContractKind.SCHOOL)).isFalse();
    }

    @Test
    void anEventOnAContractOutsideThePartnersProgrammesDoesNotReachIt() {
        assertThat(fleet.matches(WebhookEventType.CARD_BLOCKED, FUEL_CONTRACT + 1, ContractKind.FUEL))
                .as("another fuel contract: the fleet system has one contract, not the programme").isFalse();
        assertThat(agent.matches(WebhookEventType.TOPUP_CREDITED, FUEL_CONTRACT, ContractKind.FUEL)).isFalse();
    }

    @Test
    void aBlockAndItsLiftingAreTheOnlyStatusChangesTold() {
        assertThat(WebhookEventType.ofStatusChange(CardStatus.ACTIVE, CardStatus.BLOCKED)).contains(WebhookEventType.CARD_BLOCKED);
        assertThat(WebhookEventType.ofStatusChange(CardStatus.BLOCKED, CardStatus.ACTIVE)).contains(WebhookEventType.CARD_UNBLOCKED);
        assertThat(WebhookEventType.ofStatusChange(CardStatus.ISSUED, CardStatus.ACTIVE)).isEmpty();
        assertThat(WebhookEventType.ofStatusChange(CardStatus.BLOCKED, CardStatus.CLOSED)).isEmpty();
        assertThat(WebhookEventType.ofStatusChange(CardStatus.ORDERED, CardStatus.ISSUED)).isEmpty();
    }

    @Test
    void topUpsAreCreditedTheReissuesMoveIsNotToldAndEverythingElseIsPosted() {
        assertThat(WebhookEventType.ofEntry(EntryKind.TOP_UP)).contains(WebhookEventType.TOPUP_CREDITED);
        assertThat(WebhookEventType.ofEntry(EntryKind.AUTO_TOP_UP)).contains(WebhookEventType.TOPUP_CREDITED);
        assertThat(WebhookEventType.ofEntry(EntryKind.REISSUE)).isEmpty();
        for (EntryKind kind : List.of(EntryKind.PURCHASE, EntryKind.COMPLETION, EntryKind.REVERSAL, EntryKind.TRANSFER,
                EntryKind.CORRECTION)) {
            assertThat(WebhookEventType.ofEntry(kind)).as(kind.name()).contains(WebhookEventType.TRANSACTION_POSTED);
        }
    }

    @Test
    void anEndpointIsForAtLeastOneKnownEvent() {
        assertThat(WebhookEndpoint.eventsNamed(List.of("card.blocked", "topup.credited", "card.blocked")))
                .containsExactlyInAnyOrder(WebhookEventType.CARD_BLOCKED, WebhookEventType.TOPUP_CREDITED);
        assertThatThrownBy(() -> WebhookEndpoint.eventsNamed(List.of())).isInstanceOf(InvalidWebhookException.class)
                .extracting(e -> ((InvalidWebhookException) e).code()).isEqualTo(InvalidWebhookException.Code.EVENTS_REQUIRED);
        assertThatThrownBy(() -> WebhookEndpoint.eventsNamed(List.of("card.stolen"))).isInstanceOf(InvalidWebhookException.class)
                .extracting(e -> ((InvalidWebhookException) e).code()).isEqualTo(InvalidWebhookException.Code.EVENT_UNKNOWN);
    }
}
