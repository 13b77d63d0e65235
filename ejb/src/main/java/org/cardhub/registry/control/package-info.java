/** The registry's queries, assembled from fixed fragments: what people type reaches them only as parameters. */
package org.cardhub.registry.control;
