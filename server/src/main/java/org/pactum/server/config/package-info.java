/**
 * Where the server's configuration comes from: {@code PactumConfiguration}, the built-in {@code
 * pactum.yml}, {@code PACTUM_HOME} and the loader the CLI shares.
 */
package org.pactum.server.config;
