package org.pactum.server.ui;

/** A file of a stored contract version, shown verbatim (escaped) in a {@code <pre>} block. */
public record SourceFile(String name, String text) {}
