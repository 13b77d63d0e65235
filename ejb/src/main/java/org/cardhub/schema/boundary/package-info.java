/**
 * The database schema belongs to Flyway: versioned migrations run once at deployment, before any
 * service touches the database, on H2 and PostgreSQL alike. Demo data is an extra migration location
 * the launcher points at; production deployments leave it unset.
 */
package org.cardhub.schema.boundary;
