package org.pactum.contracts.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactum.contracts.model.SourcePosition;

class ContractDiffTest {

  private static SemanticChange change(ChangeKind kind, ChangeSeverity severity) {
    return new SemanticChange(kind, severity, "s", "m", null, SourcePosition.of(3, 4), Side.AFTER);
  }

  @Test
  void groupsBySeverityAndSaysWhetherItBreaks() {
    ContractDiff diff =
        new ContractDiff(
            List.of(
                change(ChangeKind.CHECK_REMOVED, ChangeSeverity.ERROR),
                change(ChangeKind.CHECK_ADDED, ChangeSeverity.WARNING),
                change(ChangeKind.DESCRIPTION_CHANGED, ChangeSeverity.INFO)));

    assertThat(diff.breaking()).isTrue();
    assertThat(diff.errors())
        .extracting(SemanticChange::kind)
        .containsExactly(ChangeKind.CHECK_REMOVED);
    assertThat(diff.warnings())
        .extracting(SemanticChange::kind)
        .containsExactly(ChangeKind.CHECK_ADDED);
    assertThat(diff.infos())
        .extracting(SemanticChange::kind)
        .containsExactly(ChangeKind.DESCRIPTION_CHANGED);
    assertThat(diff.requiredBump()).isEqualTo(VersionBump.MAJOR);
  }

  @Test
  void versionFindingsDoNotRaiseTheRequiredBump() {
    ContractDiff diff =
        new ContractDiff(
            List.of(
                change(ChangeKind.VERSION_NOT_BUMPED, ChangeSeverity.ERROR),
                change(ChangeKind.CHECK_ADDED, ChangeSeverity.WARNING)));
    assertThat(diff.requiredBump()).isEqualTo(VersionBump.MINOR);
    assertThat(new ContractDiff(List.of()).requiredBump()).isEqualTo(VersionBump.NONE);
    assertThat(new ContractDiff(List.of()).breaking()).isFalse();
  }

  @Test
  void formatsLikeACompilerMessage() {
    assertThat(change(ChangeKind.CHECK_LOOSENED, ChangeSeverity.ERROR).format())
        .isEqualTo("3:4: error: m [CHECK_LOOSENED]");
  }

  @Test
  void anUnknownPositionIsStillAPosition() {
    SemanticChange c =
        new SemanticChange(
            ChangeKind.TAGS_CHANGED, ChangeSeverity.INFO, "tags", "m", null, null, Side.AFTER);
    assertThat(c.position()).isEqualTo(SourcePosition.UNKNOWN);
  }
}
