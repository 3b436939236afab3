/**
 * The demo: a warehouse with a month of daily loads replayed and checked as they land (the last one
 * broken), an erasure request and a few lineage transforms, so every page has something to show.
 */
package org.pactum.server.demo;
