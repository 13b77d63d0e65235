package org.cardhub.fleet.entity;

import java.io.Serializable;
import java.time.ZoneId;

/** What heads a contract's statement of transactions: the company, the contract's number and its time zone. */
public record TransactionHeading(String company, String contract, ZoneId timeZone) implements Serializable {
}
