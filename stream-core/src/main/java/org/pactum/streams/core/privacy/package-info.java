/**
 * Privacy in flight: a record whose data subject was erased is dropped before the valid topic, so a
 * person who asked to be forgotten does not come back through events that were on their way.
 */
package org.pactum.streams.core.privacy;
