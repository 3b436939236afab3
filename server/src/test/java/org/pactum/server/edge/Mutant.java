package org.pactum.server.edge;

import java.util.Map;

/**
 * One request the fuzz test sends: what was changed (for the failure message), the path, the body
 * bytes and the headers.
 */
record Mutant(String description, String path, byte[] body, Map<String, String> headers) {}
