/** Recording the school day's events. */
package org.cardhub.school.boundary;
