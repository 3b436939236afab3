/**
 * The contract catalog: {@link org.pactum.registry.core.contract.ContractService} publishes a
 * contract (lint, schema into its registry subject, semantic diff, catalog version — the writes in
 * one {@link org.pactum.registry.core.UnitOfWork}), dry-runs the same checks, and reads and diffs
 * catalog versions; a submission is checked ({@code StorableText}, paths, limits) and written to a
 * private {@link org.pactum.registry.core.contract.ContractWorkspace}, the contract's root, before
 * it is loaded. {@link org.pactum.registry.core.contract.Ownership} decides who owns a subject (its
 * contract's owner team, or a {@link org.pactum.registry.core.SubjectTeams} claim) and so which
 * producers may publish and register it, asked through a {@link
 * org.pactum.registry.core.contract.PublishGuard}.
 */
package org.pactum.registry.core.contract;
