/**
 * The refusal kernel every component shares, depending on nothing of Cardhub: {@link org.cardhub.refusal.Refusal},
 * the one base type of the domain's refusals, with a stable {@link org.cardhub.refusal.RefusalCode} and its
 * {@link org.cardhub.refusal.Refusal.Kind}. Its only container annotation makes every refusal an application
 * exception that rolls back, in place of one {@code ejb-jar.xml} entry per refusal.
 */
package org.cardhub.refusal;
