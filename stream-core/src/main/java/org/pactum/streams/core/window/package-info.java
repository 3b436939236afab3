/**
 * What a window of a stream counts, per contract: records, where they went, and the measurements
 * the check engine judges a window by (rows, nulls and non-null values per column, failures per
 * check) — the same measurements a warehouse scan produces, so the same judges decide.
 */
package org.pactum.streams.core.window;
