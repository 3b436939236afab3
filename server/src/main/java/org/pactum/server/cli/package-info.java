/**
 * The {@code pactum} command line (picocli): serving, the demo, migrations, the contract gate and
 * lifecycle, checks, baselines, alerts, lineage and erasure commands; exit 0 clean, 1 findings or
 * refusals, 2 usage or input errors.
 */
package org.pactum.server.cli;
