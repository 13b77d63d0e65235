/** The school day: pupils' turnstile passes (attendance), and later meals, classes and reports. */
package org.cardhub.school;
