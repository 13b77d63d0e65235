/** The corporate cabinet: what a company's fleet manager sees and does with contracts and cards. */
package org.cardhub.corporate;
