/** Registration of organisations with their requisites checked, and the people who act for them. */
package org.cardhub.organizations.boundary;
