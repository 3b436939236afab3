/**
 * The contract change gate: compares a contract with its published version (schema compatibility
 * and semantic diff) into a ContractVerdict of GateFindings, for CI and for publishing.
 */
package org.pactum.registry.core.gate;
