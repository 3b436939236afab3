/**
 * What baselines learn from: the metric history ({@link org.pactum.checks.learn.MetricHistory}),
 * what a run adds to it ({@link org.pactum.checks.learn.RunMetrics}), the drift references read
 * back from it ({@link org.pactum.checks.learn.HistoryBaselineProvider}), which metrics each check
 * learns ({@link org.pactum.checks.learn.LearnedMetrics}) and the rules of approving a baseline
 * reset ({@link org.pactum.checks.learn.BaselineResets}). No JDBC, no JAX-RS.
 */
package org.pactum.checks.learn;
