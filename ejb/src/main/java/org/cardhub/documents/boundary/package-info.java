/**
 * The closing documents' face: {@link org.cardhub.documents.boundary.ClosingDocuments} — issue, correct, list and
 * download, with the object checks of {@code ObjectAccess}, and the timer's entry point for every month closed since.
 */
package org.cardhub.documents.boundary;
