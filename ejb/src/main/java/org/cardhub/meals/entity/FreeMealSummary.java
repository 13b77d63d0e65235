package org.cardhub.meals.entity;

import org.cardhub.money.Amount;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A free meal a pupil was given, as shown apart from paid meals: the day, the benefit's kind, what it was and cost the school. */
public record FreeMealSummary(LocalDate day, String kindRu, String kindEn, Amount amount, List<String> dishes, Instant postedAt) {
}
