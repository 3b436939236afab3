package org.pactum.registry.core.gate;

import java.util.List;
import org.pactum.contracts.LoadedContract;
import org.pactum.contracts.diff.ContractDiffer;
import org.pactum.contracts.diff.SemanticChange;
import org.pactum.contracts.diff.Side;

/** The contracts module's semantic diff, as gate findings located in the right file. */
public final class ContractSemanticDiffer implements SemanticDiffer {
  private final ContractDiffer differ;

  public ContractSemanticDiffer(ContractDiffer differ) {
    this.differ = differ;
  }

  @Override
  public List<GateFinding> diff(LoadedContract before, LoadedContract after) {
    return differ.diff(before.contract(), after.contract()).changes().stream()
        .map(c -> finding(c, c.side() == Side.BEFORE ? before : after))
        .toList();
  }

  private static GateFinding finding(SemanticChange change, LoadedContract located) {
    return new GateFinding(
        switch (change.severity()) {
          case ERROR -> FindingSeverity.ERROR;
          case WARNING -> FindingSeverity.WARNING;
          case INFO -> FindingSeverity.INFO;
        },
        change.kind().name(),
        located.file(),
        change.position().line(),
        change.position().column(),
        change.subject(),
        change.message(),
        change.suggestedFix());
  }
}
