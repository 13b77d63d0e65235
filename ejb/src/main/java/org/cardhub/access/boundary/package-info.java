/**
 * Object-level authorisation: whether the caller may reach a given contract or card, refused the same way whether it exists or not.
 */
package org.cardhub.access.boundary;
