/** Request ids: every request gets one, sent back in {@code X-Request-Id} and logged with it. */
package org.pactum.api.request;
