package org.pactum.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.authz.Public;
import org.pactum.api.auth.authz.Requires;
import org.pactum.server.PactumContext;

/**
 * Every resource method of the application (every {@code @Path} class in {@code org.pactum}, tests
 * left out) has an access rule, and it is the one this table expects. A new endpoint without a
 * rule, or with another rule than the table's, fails the build; so does one the table names that no
 * longer exists. When you add an endpoint, add it here with the action the matrix ({@code
 * api-support/README.md}, "Roles and actions") gives it.
 */
class RoleMatrixTest {
  /** {@code ResourceClass#method} → the action it takes. */
  static final Map<String, Action> EXPECTED =
      Map.ofEntries(
          Map.entry("AuditResource#list", Action.AUDIT_READ),
          Map.entry("AuditResource#verify", Action.AUDIT_READ),
          Map.entry("TokensResource#create", Action.TOKEN_ADMIN),
          Map.entry("TokensResource#list", Action.TOKEN_ADMIN),
          Map.entry("TokensResource#get", Action.TOKEN_ADMIN),
          Map.entry("TokensResource#revoke", Action.TOKEN_ADMIN),
          Map.entry("IncidentsResource#list", Action.READ),
          Map.entry("IncidentsResource#get", Action.READ),
          Map.entry("IncidentsResource#acknowledge", Action.INCIDENT_ACT),
          Map.entry("IncidentsResource#resolve", Action.INCIDENT_ACT),
          Map.entry("AlertsResource#routeTest", Action.READ),
          Map.entry("AlertsResource#receivers", Action.READ),
          Map.entry("SilencesResource#list", Action.READ),
          Map.entry("SilencesResource#get", Action.READ),
          Map.entry("SilencesResource#create", Action.SILENCE_MANAGE),
          Map.entry("SilencesResource#update", Action.SILENCE_MANAGE),
          Map.entry("SilencesResource#expire", Action.SILENCE_MANAGE),
          Map.entry("ContractResultsResource#history", Action.READ),
          Map.entry("StreamsResource#list", Action.READ),
          Map.entry("StreamsResource#one", Action.READ),
          Map.entry("StreamsResource#deadLetters", Action.READ_PII),
          Map.entry("RunsResource#submit", Action.CHECK_RUN),
          Map.entry("RunsResource#get", Action.READ),
          Map.entry("RunsResource#list", Action.READ),
          Map.entry("BackfillResource#backfill", Action.BACKFILL),
          Map.entry("BaselineResetResource#reset", Action.BASELINE_RESET),
          Map.entry("SchemasResource#schemas", Action.READ),
          Map.entry("SchemasResource#types", Action.READ),
          Map.entry("SchemasResource#byId", Action.READ),
          Map.entry("SchemasResource#schemaOnly", Action.READ),
          Map.entry("SchemasResource#subjects", Action.READ),
          Map.entry("SchemasResource#versions", Action.READ),
          Map.entry("ContractsResource#publish", Action.CONTRACT_PUBLISH),
          Map.entry("ContractsResource#list", Action.READ),
          Map.entry("ContractsResource#contract", Action.READ),
          Map.entry("ContractsResource#status", Action.READ),
          Map.entry("ContractsResource#delete", Action.REGISTRY_ADMIN),
          Map.entry("ContractsResource#version", Action.READ),
          Map.entry("ContractsResource#diff", Action.READ),
          Map.entry("ContractsResource#check", Action.CONTRACT_CHECK),
          Map.entry("ConfigResource#global", Action.READ),
          Map.entry("ConfigResource#setGlobal", Action.REGISTRY_ADMIN),
          Map.entry("ConfigResource#deleteGlobal", Action.REGISTRY_ADMIN),
          Map.entry("ConfigResource#subject", Action.READ),
          Map.entry("ConfigResource#setSubject", Action.REGISTRY_ADMIN),
          Map.entry("ConfigResource#deleteSubject", Action.REGISTRY_ADMIN),
          Map.entry("ModeResource#global", Action.READ),
          Map.entry("ModeResource#setGlobal", Action.REGISTRY_ADMIN),
          Map.entry("ModeResource#subject", Action.READ),
          Map.entry("ModeResource#setSubject", Action.REGISTRY_ADMIN),
          Map.entry("ModeResource#deleteSubject", Action.REGISTRY_ADMIN),
          Map.entry("CompatibilityResource#againstVersion", Action.CONTRACT_CHECK),
          Map.entry("CompatibilityResource#againstLevel", Action.CONTRACT_CHECK),
          Map.entry("SubjectsResource#subjects", Action.READ),
          Map.entry("SubjectsResource#versions", Action.READ),
          Map.entry("SubjectsResource#register", Action.SCHEMA_REGISTER),
          Map.entry("SubjectsResource#version", Action.READ),
          Map.entry("SubjectsResource#versionSchemaOnly", Action.READ),
          Map.entry("SubjectsResource#referencedBy", Action.READ),
          Map.entry("SubjectsResource#deleteVersion", Action.REGISTRY_ADMIN),
          Map.entry("SubjectsResource#lookup", Action.READ),
          Map.entry("SubjectsResource#deleteSubject", Action.REGISTRY_ADMIN),
          Map.entry("ErasureAuditResource#verify", Action.ERASURE_READ),
          Map.entry("ErasureSweepsResource#run", Action.ERASURE),
          Map.entry("ErasureSweepsResource#latest", Action.ERASURE_READ),
          Map.entry("ErasureRequestsResource#submit", Action.ERASURE),
          Map.entry("ErasureRequestsResource#resume", Action.ERASURE),
          Map.entry("ErasureRequestsResource#list", Action.ERASURE_READ),
          Map.entry("ErasureRequestsResource#get", Action.ERASURE_READ),
          Map.entry("ErasureRequestsResource#audit", Action.ERASURE_READ),
          Map.entry("LineageResource#ingest", Action.LINEAGE_WRITE),
          Map.entry("LineageResource#sql", Action.LINEAGE_WRITE),
          Map.entry("LineageResource#column", Action.READ),
          Map.entry("LineageResource#dataset", Action.READ),
          Map.entry("LineageResource#piiFindings", Action.READ),
          Map.entry("LineageResource#impact", Action.READ),
          Map.entry("UiResource#root", Action.READ),
          Map.entry("UiResource#contracts", Action.READ),
          Map.entry("UiResource#contract", Action.READ),
          Map.entry("UiResource#run", Action.READ),
          Map.entry("ErasuresUiResource#list", Action.ERASURE_READ),
          Map.entry("ErasuresUiResource#request", Action.ERASURE_READ),
          Map.entry("LineageUiResource#dataset", Action.READ),
          Map.entry("LineageUiResource#datasetByQuery", Action.READ),
          Map.entry("ContractHistoryUiResource#version", Action.READ),
          Map.entry("ContractHistoryUiResource#diff", Action.READ),
          Map.entry("IncidentsUiResource#list", Action.READ),
          Map.entry("IncidentsUiResource#incident", Action.READ),
          Map.entry("SignOutResource#signOut", Action.READ),
          Map.entry("AuditUiResource#list", Action.AUDIT_READ),
          Map.entry("StreamsUiResource#list", Action.READ),
          Map.entry("StreamsUiResource#one", Action.READ));

  /**
   * The only methods anyone may call without signing in ({@code @Public}): the UI's sign-in, all
   * under the public path {@code /ui/login}.
   */
  static final Set<String> PUBLIC =
      Set.of(
          "SignInResource#page",
          "SignInResource#withToken",
          "SignInResource#startOidc",
          "SignInResource#finishOidc");

  private static Map<String, Method> methods;

  @BeforeAll
  static void scan() {
    methods = new TreeMap<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.pactum")) {
      if (!c.isAnnotatedWith(Path.class)) {
        continue;
      }
      Class<?> type = c.reflect();
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && isResourceMethod(m)) {
          Method before = methods.put(type.getSimpleName() + "#" + m.getName(), m);
          assertThat(before)
              .as("resource methods are named Class#method once: %s", before)
              .isNull();
        }
      }
    }
  }

  /** A method the request is dispatched to: one with an HTTP method or a {@code @Path}. */
  private static boolean isResourceMethod(Method m) {
    return m.isAnnotationPresent(Path.class)
        || Arrays.stream(m.getAnnotations())
            .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
  }

  @Test
  void theScanFindsEveryModulesResources() {
    assertThat(methods.keySet())
        .as("one resource of each module, so an empty scan cannot pass")
        .contains(
            "SubjectsResource#register",
            "ContractsResource#publish",
            "RunsResource#submit",
            "IncidentsResource#acknowledge",
            "LineageResource#ingest",
            "ErasureRequestsResource#submit",
            "TokensResource#create",
            "UiResource#contracts");
  }

  @Test
  void everyResourceMethodHasARule() {
    assertThat(
            methods.entrySet().stream()
                .filter(e -> !e.getValue().isAnnotationPresent(Requires.class))
                .filter(e -> !e.getValue().isAnnotationPresent(Public.class))
                .map(Map.Entry::getKey)
                .toList())
        .as("resource methods without @Requires (refused to everyone at runtime)")
        .isEmpty();
  }

  @Test
  void onlyTheSignInIsPublicAndOnlyUnderThePublicPath() {
    Map<String, Method> open =
        methods.entrySet().stream()
            .filter(e -> e.getValue().isAnnotationPresent(Public.class))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(open.keySet()).containsExactlyInAnyOrderElementsOf(PUBLIC);
    open.forEach(
        (name, m) -> {
          assertThat(m.isAnnotationPresent(Requires.class)).as(name + " has one rule").isFalse();
          String path =
              m.getDeclaringClass().getAnnotation(Path.class).value()
                  + (m.isAnnotationPresent(Path.class)
                      ? "/" + m.getAnnotation(Path.class).value()
                      : "");
          assertThat(PactumContext.PUBLIC_PATHS.matches(path.replaceAll("/+", "/")))
              .as(name + " at " + path + " is under a public path")
              .isTrue();
        });
  }

  @Test
  void everyRuleIsTheMatrixTables() {
    Map<String, Action> actual =
        methods.entrySet().stream()
            .filter(e -> e.getValue().isAnnotationPresent(Requires.class))
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey,
                    e -> e.getValue().getAnnotation(Requires.class).value(),
                    (a, b) -> {
                      throw new IllegalStateException("overloaded resource method: " + a);
                    },
                    TreeMap::new));
    assertThat(actual).isEqualTo(new TreeMap<>(EXPECTED));
  }

  @Test
  void uiPagesOnlyRead() {
    methods.forEach(
        (name, m) -> {
          if (m.getDeclaringClass().getPackageName().equals("org.pactum.server.ui")
              && m.isAnnotationPresent(Requires.class)) {
            assertThat(m.getAnnotation(Requires.class).value())
                .as(name)
                .isIn(Action.READ, Action.READ_PII, Action.ERASURE_READ, Action.AUDIT_READ);
          }
        });
  }
}
