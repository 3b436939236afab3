/**
 * The edge's wiring: {@link org.pactum.api.edge.EdgeBundle} installs the filters and providers of
 * the other packages in front of every API, from the server's {@code edge:} configuration section
 * ({@link org.pactum.api.edge.EdgeConfig}, checked into {@link org.pactum.api.edge.EdgeSettings}).
 * It depends on every package of the edge; none depends on it.
 */
package org.pactum.api.edge;
