/**
 * Who may do what: the roles of people and partner systems as the identity provider issues them.
 * Boundaries check these roles; the web tier uses them to pick a cabinet.
 */
package org.cardhub.access.entity;
