package org.pactum.streams.core.validate;

import java.util.ArrayList;
import java.util.List;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.Pii;
import org.pactum.contracts.pii.PiiMasker;

/**
 * Masks the values of the contract's PII fields (and the subject key) with the check engine's
 * masks, so a reason on the stream reads like a failed-row sample in the warehouse. A path inside a
 * PII field ({@code shipping_address.city} when {@code shipping_address} is PII) is masked too.
 */
final class PiiMasks {
  private final PiiMasker masker;
  private final List<String> roots = new ArrayList<>();

  PiiMasks(DataContract contract) {
    this.masker = new PiiMasker(contract);
    Pii pii = contract.pii();
    if (pii != null) {
      roots.addAll(pii.fields().keySet());
      if (pii.key() != null) {
        roots.add(pii.key());
      }
    }
  }

  /** The value's text for a reason: a mask when the field is PII and the value is not null. */
  String actual(String path, Object value) {
    for (String root : roots) {
      if (path.equals(root) || path.startsWith(root + ".")) {
        return ValueText.of(masker.mask(root, value));
      }
    }
    return ValueText.of(value);
  }

  boolean isPii(String path) {
    return roots.stream().anyMatch(r -> path.equals(r) || path.startsWith(r + "."));
  }
}
