/**
 * The check engine (DESIGN.md §2): {@code ChecksContext} builds its object graph by hand (store →
 * engine → coordinator → schedule → resources); {@code ChecksBundle} runs that graph's background
 * work with the server and registers the queue's health check; {@code ChecksConfig} is the {@code
 * checks:} section.
 */
package org.pactum.checks;
