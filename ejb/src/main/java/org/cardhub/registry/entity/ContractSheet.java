package org.cardhub.registry.entity;

import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.contracts.entity.ContractStatus;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.money.Amount;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * One contract as the back office reads it: the party, kind and status, how its money is held, its tariff (fuel), its
 * accounts with their balances, how many cards it has (and how many are live), its lifecycle newest first and the
 * statuses it may move to from here.
 */
public record ContractSheet(long id, String number, ContractKind kind, ContractStatus status, Long organizationId,
                            String organizationName, String organizationInn, BalanceModel balanceModel, Funding funding,
                            Amount creditLimit, String tariffCode, String tariffName, List<String> chosenStations,
                            ZoneId zone, Instant createdAt, List<Purse> accounts, long cards, long liveCards,
                            List<Change> history, List<ContractStatus> nextStatuses) {
}
