/** Column-level lineage, impact analysis and GDPR erasure (DESIGN.md §2). */
package org.pactum.lineage;
