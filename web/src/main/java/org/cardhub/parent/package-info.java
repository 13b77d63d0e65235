/** Pages of the parent's cabinet: the children, their balances, meals dish by dish and turnstile passes. */
package org.cardhub.parent;
