/** Pure statistics: learned baselines, anomaly detectors and drift tests. No I/O (DESIGN.md §2). */
package org.pactum.anomaly;
