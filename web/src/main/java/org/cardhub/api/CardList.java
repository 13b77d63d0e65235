package org.cardhub.api;

import org.cardhub.partners.entity.CardView;

import java.util.List;

/** A page of a contract's cards, by card id; documented by docs.ViewSchemas. */
public record CardList(List<CardView> cards, int offset, int limit) {
}
