/** The ledger check's statements over a plain JDBC connection, so a test can run them on a database of its own. */
package org.cardhub.operations.control;
