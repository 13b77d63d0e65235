/** What the access checks own: the programs and contracts each partner system is contracted for. */
package org.cardhub.access.entity;
