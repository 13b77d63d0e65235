/** Reading terminal messages strictly and checking their signatures. */
package org.cardhub.terminals.control;
