/**
 * The applicant's cabinet: someone who registered on Keycloak's own page applies for a company's fuel contract (the
 * organisation, its requisites, the tariff, the offer) and follows their applications by period and status, with a
 * report to download. The application form and its messages at the fields serve the back office's office contracts too.
 */
package org.cardhub.applicant;
