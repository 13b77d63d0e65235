/**
 * The parent's cabinet benchmark (issue 21): a school contract of three pupils with a year of school days each written
 * into Cardhub's PostgreSQL, and the home page and the day page timed through a signed-in session.
 */
package org.cardhub.tools.parent;
