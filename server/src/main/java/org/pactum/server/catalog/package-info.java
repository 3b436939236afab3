/**
 * The server's contracts folders as one more publisher into the one catalog (the registry's
 * contract versions), the problems a folder load found, and the catalog adapted to the check
 * engine.
 */
package org.pactum.server.catalog;
