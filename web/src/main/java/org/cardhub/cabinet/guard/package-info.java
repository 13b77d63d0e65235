/**
 * What every people-facing answer carries and what the cabinets refuse before Faces sees a request:
 * security headers, Faces postbacks that arrive by GET, and pages whose view or sign-in has expired
 * (a short Russian/English page with a 4xx status instead of a stack trace).
 */
package org.cardhub.cabinet.guard;
