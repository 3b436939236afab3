/**
 * Browser safety at the edge (issue #14, part 6): which {@code Host} names the server answers to
 * (DNS rebinding), which origins may send state-changing requests (cross-site request forgery),
 * which content types the JSON APIs take, the security headers of every response, and the admin
 * port's tasks, off unless configured. {@link org.pactum.api.browser.BrowserSafety} installs the
 * filters; {@link org.pactum.api.browser.BrowserSettings} holds their checked options.
 */
package org.pactum.api.browser;
