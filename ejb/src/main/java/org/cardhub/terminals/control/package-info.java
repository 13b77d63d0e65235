/** Reading terminal messages strictly and checking their signatures; searching the terminal registry. */
package org.cardhub.terminals.control;
