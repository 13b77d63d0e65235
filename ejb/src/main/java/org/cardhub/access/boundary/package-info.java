/**
 * Object-level authorisation: whether the caller may reach a given contract or card, refused the same way whether
 * it exists or not. {@link org.cardhub.access.boundary.Access} answers {@link org.cardhub.callers.ObjectAccess}, which
 * the components that ask own; it reads their contracts, cards, guardians and members, and nobody names it.
 */
package org.cardhub.access.boundary;
