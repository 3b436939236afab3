package org.pactum.contracts.lint;

import org.pactum.contracts.problem.ProblemCollector;

/** One cross-check of a contract against its schema. Rules are stateless. */
public interface LintRule {

  /** Reports what the rule finds wrong in {@code context} to {@code problems}. */
  void apply(LintContext context, ProblemCollector problems);
}
