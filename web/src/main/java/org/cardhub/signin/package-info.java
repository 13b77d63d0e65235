/**
 * How people and partner systems prove who they are. People sign in to the cabinets through Keycloak
 * with the OpenID Connect authorization code flow (Jakarta Security's own mechanism); partner systems
 * call the REST and SOAP adapters with bearer access tokens of the same realm. Both end in the
 * container knowing the caller and its realm roles (the flat {@code groups} claim).
 */
package org.cardhub.signin;
