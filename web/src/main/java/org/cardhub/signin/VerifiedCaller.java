package org.cardhub.signin;

import java.util.Set;

/** A caller whose access token checked out: its name and realm roles. */
record VerifiedCaller(String name, Set<String> roles) {
}
