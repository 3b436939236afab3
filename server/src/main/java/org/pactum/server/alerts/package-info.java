/**
 * The hand-off from the check engine to the alert router: a finished run's results adapted to alert
 * signals, with the contract's owner, channels and tags from the catalog.
 */
package org.pactum.server.alerts;
