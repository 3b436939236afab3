/**
 * Drift tests between a reference and a current sample: Kolmogorov-Smirnov, binned (PSI) and
 * categorical drift, with their thresholds and results. Pure statistics, no I/O.
 */
package org.pactum.anomaly.drift;
