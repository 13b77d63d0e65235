/**
 * What closing documents are made of: the kinds and formats, the issued document (immutable, with its hash), VAT rates
 * with their effective dates and the VAT in a gross amount, the month summed up from its movements (sales by product,
 * top-ups, corrections) and the facts every document of a month shares.
 */
package org.cardhub.documents.entity;
