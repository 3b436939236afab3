/**
 * The check engine's running parts, built once by {@code ChecksBundle} when the server runs: the
 * engine, the run coordinator, the freshness schedule, backfills and the result log readers the API
 * resources use. Its own package so the API and the bundle do not depend on each other.
 */
package org.pactum.checks.runtime;
