package org.pactum.alerts.delivery;

import java.util.Optional;

/** Endpoints by receiver name. */
public interface Endpoints {
  Optional<Endpoint> find(String receiver);
}
