package org.pactum.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the heap in use every 5 ms while started. */
final class HeapSampler {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicLong peak = new AtomicLong();
  private Thread thread;

  void start() {
    peak.set(memory.getHeapMemoryUsage().getUsed());
    running.set(true);
    thread =
        new Thread(
            () -> {
              while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(5);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  long stop() throws InterruptedException {
    running.set(false);
    thread.join();
    return peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
  }

  /** The bytes allocated so far by the calling thread. */
  static long allocatedBytes() {
    return ((ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getThreadAllocatedBytes(Thread.currentThread().getId());
  }
}
