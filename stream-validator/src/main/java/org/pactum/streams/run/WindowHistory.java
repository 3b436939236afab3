package org.pactum.streams.run;

import java.util.List;
import org.pactum.streams.core.Binding;

/** The recorded windows of a binding (the server reads them from the check result log). */
public interface WindowHistory {
  /** The newest closed windows, newest first, at most {@code limit}. */
  List<WindowSummary> recent(Binding binding, int limit);
}
