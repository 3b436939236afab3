package org.pactum.registry.core.gate;

import java.util.List;
import org.pactum.contracts.LoadedContract;

/** The contract's guarantees compared across two versions, as gate findings. */
public interface SemanticDiffer {
  List<GateFinding> diff(LoadedContract before, LoadedContract after);
}
