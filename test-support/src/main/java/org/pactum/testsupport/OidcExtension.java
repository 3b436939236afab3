package org.pactum.testsupport;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: one {@link OidcProvider} per test JVM, started on first use and stopped when
 * the JVM's tests end. Inject it into a constructor, {@code @BeforeAll}/{@code @BeforeEach} method
 * or test method.
 *
 * <pre>{@code
 * @ExtendWith(OidcExtension.class)
 * class JwtAuthenticatorTest {
 *   JwtAuthenticatorTest(OidcProvider oidc) { ... }
 * }
 * }</pre>
 */
public final class OidcExtension implements ParameterResolver {
  private static final Namespace NAMESPACE = Namespace.create(OidcExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == OidcProvider.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return shared(context);
  }

  /** The JVM's provider, started on first use. */
  public static OidcProvider shared(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            OidcProvider.class, k -> new Closing(OidcProvider.start()), Closing.class)
        .provider();
  }

  /** Stops the shared provider when the root context closes: at the end of the test JVM. */
  private record Closing(OidcProvider provider)
      implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      provider.close();
    }
  }
}
