package org.pactum.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The goal for a {@code @Benchmark} method: its cost (time per operation) divided by the class's
 * {@link Baseline} cost must be at most {@link #max()}. {@link BenchMain} prints the verdict.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface TargetRatio {
  double max();
}
