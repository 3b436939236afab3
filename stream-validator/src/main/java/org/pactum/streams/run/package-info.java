/**
 * Running the validators: one Kafka Streams application per bound contract, started, restarted on a
 * new contract version and stopped as the catalog changes; their state, consumer lag and the newest
 * dead letters, read back for the API.
 */
package org.pactum.streams.run;
