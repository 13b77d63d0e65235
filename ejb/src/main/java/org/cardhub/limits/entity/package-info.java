/**
 * The time side of card limits: a {@link org.cardhub.limits.entity.LimitPeriod} (per transaction, day,
 * ISO week, calendar month) and the {@link org.cardhub.limits.entity.PeriodWindow} it spans around a
 * moment. Windows are computed in the organisation's own time zone, because "a day" is its local day,
 * and stay correct across daylight-saving changes and month ends. Plain Java over {@code java.time}.
 */
package org.cardhub.limits.entity;
