/**
 * The one Dropwizard application: its start-up command and the wiring of every module by hand
 * ({@code PactumApplication}), top to bottom.
 */
package org.pactum.server;
