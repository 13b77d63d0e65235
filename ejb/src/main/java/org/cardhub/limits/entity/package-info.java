/**
 * Spending limits (money or litres per transaction, day, week, month; count per day) and card restrictions
 * (categories, stations, regions, hours), the explanation of a decline, and the time side of limits: a {@link org.cardhub.limits.entity.LimitPeriod} (per transaction, day,
 * ISO week, calendar month) and the {@link org.cardhub.limits.entity.PeriodWindow} it spans around a
 * moment. Windows are computed in the organisation's own time zone, because "a day" is its local day,
 * and stay correct across daylight-saving changes and month ends. Plain Java over {@code java.time}.
 */
package org.cardhub.limits.entity;
