/**
 * The stream validator: contracts enforced on Kafka at ingestion. Records of a bound input topic
 * are decoded through Pactum's registry, checked against the contract's row-level checks and routed
 * to the valid topic (unchanged) or the dead-letter topic (with the reasons in headers).
 */
package org.pactum.streams;
