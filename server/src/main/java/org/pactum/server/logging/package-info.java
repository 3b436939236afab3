/**
 * How Pactum's log lines are written: one JSON object per event, its fields escaped by
 * logstash-logback-encoder (Jackson), so no logged value — a job name, a contract id, an exception
 * message — can break a line or forge another. {@link org.pactum.server.logging.JsonEventLayout}
 * lays out application events (in {@code pactum.yml} as {@code layout: {type: pactum-json}},
 * through {@link org.pactum.server.logging.JsonEventLayoutFactory}; in the CLI's {@code
 * logback.xml} by class name), {@link org.pactum.server.logging.JsonAccessLayoutFactory} ({@code
 * type: pactum-access-json}) the request log, which {@link
 * org.pactum.server.logging.QuietAccessRequestLogFactory} ({@code requestLog.type: pactum-access})
 * collects. The factories plug into Dropwizard through {@code META-INF/services}.
 */
package org.pactum.server.logging;
