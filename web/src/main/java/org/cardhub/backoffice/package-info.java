/** Pages of the back-office cabinet: looking after terminals and what the broker could not deliver. */
package org.cardhub.backoffice;
