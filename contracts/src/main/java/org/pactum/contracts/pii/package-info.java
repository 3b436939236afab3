/**
 * What a contract's PII tags mean for values shown to people: the masks that replace a PII field's
 * value in a failed-row sample (warehouse checks) or a dead-letter reason (streams).
 */
package org.pactum.contracts.pii;
