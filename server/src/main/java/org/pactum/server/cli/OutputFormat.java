package org.pactum.server.cli;

/** How CI-facing commands print their findings. */
enum OutputFormat {
  TEXT,
  JSON
}
