/** What the access checks keep between calls: the programs each partner system is contracted for. */
package org.cardhub.access.control;
