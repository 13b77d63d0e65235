/**
 * Spending limits (money or litres per transaction, day, week, month; count per day) and card restrictions
 * (categories, stations, regions, hours), the rule a limit is made from ({@link org.cardhub.limits.entity.LimitRule}), the
 * catalog of product categories they name ({@link org.cardhub.limits.entity.ProductCategory}), what a card can still
 * spend today ({@link org.cardhub.limits.entity.Allowance}), the refusals of bad input, the explanation of a decline, and the time side of limits: a {@link org.cardhub.limits.entity.LimitPeriod} (per transaction, day,
 * ISO week, calendar month) and the {@link org.cardhub.limits.entity.PeriodWindow} it spans around a
 * moment. Windows are computed in the organisation's own time zone, because "a day" is its local day,
 * and stay correct across daylight-saving changes and month ends. Plain Java over {@code java.time}.
 */
package org.cardhub.limits.entity;
