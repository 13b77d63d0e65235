/**
 * The tools' one command-line parser: {@link org.cardhub.tools.options.CommandLine} reads {@code --name value} and
 * {@code --name=value} against the options a tool lists, prints their usage, and reads the values every tool reads
 * the same way; {@link org.cardhub.tools.options.InvalidOptionsException} says what is wrong with a command line.
 */
package org.cardhub.tools.options;
