package org.cardhub.cards.boundary;

import org.cardhub.cards.entity.CardOrder;
import org.cardhub.cards.entity.ServiceOffice;

/**
 * A card order as the pages list it: the order, its contract and company, the service office its cards wait at (or
 * null) and how many of its cards are issued but not yet activated.
 */
public record OrderRow(CardOrder order, String contractNumber, String companyName, ServiceOffice office,
                       long awaitingActivation) {
}
