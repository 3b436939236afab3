package org.pactum.checks.run;

import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import javax.sql.DataSource;
import org.pactum.checks.core.EngineSettings;
import org.pactum.checks.core.ResultLog;
import org.pactum.checks.judge.LearnedThresholds;
import org.pactum.checks.learn.BaselineProvider;

/** What every run of a {@link CheckEngine} shares: where it records, learns, connects and times. */
record EngineServices(
    ResultLog log,
    BaselineProvider baselines,
    LearnedThresholds learned,
    Function<String, DataSource> datasources,
    Clock clock,
    EngineSettings settings,
    ScheduledExecutorService timer) {}
