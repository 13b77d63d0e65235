/**
 * A school canteen's sales and its supplier's settlements, as the supplier's people, the school's director and the back
 * office read them, each in their own cabinet: the sales report of a period (totals, by category of customer, by day
 * with a chart, by dish, by class) and the month's statement of the settlements, both downloadable as XLSX and PDF.
 */
package org.cardhub.sales;
