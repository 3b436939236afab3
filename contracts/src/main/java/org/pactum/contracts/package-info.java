/**
 * The contract-as-code entry point: ContractLoader loads contract files and folders (parse, schema,
 * lint) into LoadedContracts with a LoadReport of their problems. The parts live below: model,
 * parse, schema, lint, diff and the shared problem vocabulary (problem).
 */
package org.pactum.contracts;
