package org.pactum.server.streams;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.pactum.testsupport.KafkaExtension;

/**
 * JUnit 5 extension: the {@link NpmOrders} of this test JVM, started on first use (on the JVM's
 * shared Kafka node) and closed when the JVM's tests end, so the tests reading what the npm
 * producer's orders became share one server, one validator and one producer run.
 */
public final class NpmOrdersExtension implements ParameterResolver {
  private static final Namespace NAMESPACE = Namespace.create(NpmOrdersExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == NpmOrders.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(NpmOrders.class, k -> started(context), Closing.class)
        .orders();
  }

  private static Closing started(ExtensionContext context) {
    try {
      return new Closing(NpmOrders.start(KafkaExtension.shared(context)));
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("could not start the npm orders through the validator", e);
    }
  }

  /** Closes the orders' server and validator when the root context closes. */
  private record Closing(NpmOrders orders)
      implements AutoCloseable, ExtensionContext.Store.CloseableResource {
    @Override
    public void close() throws Exception {
      orders.close();
    }
  }
}
