/** Signals to incidents to notifications: routing, escalation, outbox delivery (DESIGN.md §2). */
package org.pactum.alerts;
