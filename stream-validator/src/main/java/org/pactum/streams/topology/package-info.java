/**
 * The Kafka Streams side: one topology per binding (input topic → validating processor → valid
 * topic or dead-letter topic), and the Streams settings it runs with (exactly-once v2).
 */
package org.pactum.streams.topology;
