package org.pactum.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one {@code @Benchmark} method of a class that the others are compared with: {@link
 * BenchMain} prints every other method's score as a ratio to it, measured in the same run.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Baseline {}
