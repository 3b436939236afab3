package org.pactum.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: one embedded PostgreSQL per JVM, and for each test class a fresh database with
 * every module's real Flyway migrations applied. Inject {@link TestDatabase} into a constructor,
 * {@code @BeforeAll}/{@code @BeforeEach} method or test method.
 *
 * <pre>{@code
 * @ExtendWith(PostgresExtension.class)
 * class ContractVersionDaoTest {
 *   ContractVersionDaoTest(TestDatabase db) { ... }
 * }
 * }</pre>
 */
public final class PostgresExtension implements BeforeAllCallback, ParameterResolver {
  private static final Namespace NAMESPACE = Namespace.create(PostgresExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    classDatabase(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TestDatabase.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return classDatabase(context);
  }

  /** Starts (once per JVM) and returns the shared server; for tests that need a second database. */
  public static TestDatabase newDatabase(ExtensionContext context, String hint) {
    return shared(context).newDatabase(hint);
  }

  private static TestDatabase classDatabase(ExtensionContext context) {
    ExtensionContext classContext = classContext(context);
    return classContext
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            "database",
            k -> shared(context).newDatabase(classContext.getRequiredTestClass().getSimpleName()),
            TestDatabase.class);
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    return context.getTestMethod().isPresent() ? context.getParent().orElseThrow() : context;
  }

  private static SharedPostgres shared(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            SharedPostgres.class,
            k ->
                new ClosingResource(SharedPostgres.start(PostgresExtension.class.getClassLoader())),
            ClosingResource.class)
        .postgres();
  }

  /** Closes the shared server when the root context closes: at the end of the test JVM. */
  private record ClosingResource(SharedPostgres postgres)
      implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() throws Throwable {
      postgres.close();
    }
  }
}
