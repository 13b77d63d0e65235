/**
 * Who calls, and what they may reach: the roles of people and partner systems as the identity provider issues
 * them ({@link org.cardhub.callers.Role}), the object-level question whether the caller may reach a given
 * contract or card ({@link org.cardhub.callers.ObjectAccess}) and its refusal. A kernel like {@code money}: it
 * depends on nothing of Cardhub, so every component may check roles and ask the question; the answer is
 * {@code org.cardhub.access}, which sits above the contracts and cards it reads. The web tier uses the roles to
 * pick a cabinet.
 */
package org.cardhub.callers;
