/** A mail as the back office sees it: who it went to, its subject and time; its text cut into plain text and links. */
package org.cardhub.demomail.entity;
