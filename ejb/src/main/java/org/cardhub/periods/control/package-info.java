/**
 * What the month close needs and nobody else may call: the timer's search for contracts with a month due, and the
 * close of one contract's month in a transaction of its own ({@link org.cardhub.periods.control.MonthClosing}).
 */
package org.cardhub.periods.control;
