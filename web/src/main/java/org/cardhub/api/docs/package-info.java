/**
 * The partner API's OpenAPI document beyond what Payara reads from the annotations: the schemas of the
 * views the EJB module returns (Payara scans the web module only) and the fixes of Payara's output.
 * Both are registered in the application's MicroProfile Config (mp.openapi.model.reader, mp.openapi.filter).
 */
package org.cardhub.api.docs;
