/**
 * The access module's store, PostgreSQL schema {@code access}: {@link
 * org.pactum.access.db.TokenDao} over {@code access.api_token} (the SHA-256 of each secret, never
 * the secret), mapped to the core's tokens by {@link org.pactum.access.db.JdbiTokenStore}. No other
 * package reads a row.
 */
package org.pactum.access.db;
