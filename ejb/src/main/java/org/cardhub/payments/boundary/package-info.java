/**
 * The money operations' only way in: {@link org.cardhub.payments.boundary.Payments} checks roles, runs each
 * operation in a transaction of its own through the bean of its family in {@code payments.control} and runs
 * it again when it lost a race; declines come back as outcomes. Plus the timer that expires holds.
 */
package org.cardhub.payments.boundary;
