package org.pactum.contracts.parse;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.ContractStatus;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.Dataset;
import org.pactum.contracts.model.KafkaBinding;
import org.pactum.contracts.model.Owner;
import org.pactum.contracts.model.Pii;
import org.pactum.contracts.model.SchemaSpec;
import org.pactum.contracts.problem.ProblemCollector;

/**
 * Parses a {@code pactum/v1} contract file into a {@link DataContract}, reporting every problem it
 * finds (unknown keys with suggestions, wrong types, invalid values) with its line and column,
 * rather than stopping at the first.
 */
public final class ContractParser {

  static final List<String> TOP_LEVEL_KEYS =
      List.of(
          "apiVersion",
          "kind",
          "id",
          "version",
          "status",
          "owner",
          "description",
          "tags",
          "schema",
          "dataset",
          "checks",
          "pii",
          "kafka");
  static final List<String> OWNER_KEYS = List.of("team", "email", "slack", "pagerduty");
  static final List<String> DATASET_KEYS = List.of("datasource", "table", "load_scope");

  /** Contract ids: lower case, starting with a letter; dots separate domain and event. */
  public static final Pattern ID = Pattern.compile("[a-z][a-z0-9_.-]*");

  /** Semantic Versioning 2.0.0. */
  public static final Pattern SEMVER =
      Pattern.compile(
          "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
              + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)"
              + "(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
              + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

  static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
  static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /**
   * A table, optionally qualified by schema and catalog, every part a plain identifier; or, for
   * lakes checked with DuckDB, a file function over one quoted path: {@code
   * read_parquet('s3://lake/orders/*.parquet')}.
   */
  public static final Pattern TABLE =
      Pattern.compile(
          "[A-Za-z_][A-Za-z0-9_$]*(?:\\.[A-Za-z_][A-Za-z0-9_$]*){0,2}"
              + "|(?:read_parquet|read_csv|read_csv_auto|read_json|read_json_auto)"
              + "\\(\\s*'(?:[^']|'')*'\\s*\\)");

  /** The named parameters the check engine binds in {@code load_scope}. */
  public static final List<String> LOAD_SCOPE_PARAMETERS = List.of("since", "until", "load_id");

  private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([A-Za-z_][A-Za-z0-9_]*)");

  private final YamlTreeReader yaml = new YamlTreeReader();
  private final CheckParser checkParser = new CheckParser();
  private final PiiParser piiParser = new PiiParser();

  /** Parses {@code text}, read from {@code file} (used only to label problems). */
  public ParseResult parse(Path file, String text) {
    ProblemCollector problems = new ProblemCollector(file);
    Optional<YamlNode> root = yaml.read(text, problems);
    if (root.isEmpty()) {
      return new ParseResult(Optional.empty(), problems.problems());
    }
    ParseContext ctx = new ParseContext(problems);
    if (!(root.get() instanceof YamlMap map)) {
      ctx.error(
          root.get().position(),
          "wrong-type",
          "a contract file must be a YAML mapping (apiVersion, kind, id...), found "
              + root.get().describe());
      return new ParseResult(Optional.empty(), problems.problems());
    }
    DataContract contract = contract(map, ctx);
    return new ParseResult(Optional.of(contract), problems.problems());
  }

  private DataContract contract(YamlMap root, ParseContext ctx) {
    ctx.onlyKeys(root, TOP_LEVEL_KEYS, "the contract");
    for (YamlMap.Entry e : root.entries()) {
      ctx.record(e.key(), e.value().position());
    }
    String where = "the contract";
    ctx.required(root, "apiVersion", where)
        .flatMap(n -> ctx.string(n, "apiVersion"))
        .filter(v -> !v.equals(DataContract.API_VERSION))
        .ifPresent(
            v ->
                ctx.error(
                    root.get("apiVersion").orElseThrow().position(),
                    "invalid-value",
                    "unsupported apiVersion '"
                        + v
                        + "'; expected '"
                        + DataContract.API_VERSION
                        + "'"));
    ctx.required(root, "kind", where)
        .flatMap(n -> ctx.string(n, "kind"))
        .filter(v -> !v.equals(DataContract.KIND))
        .ifPresent(
            v ->
                ctx.error(
                    root.get("kind").orElseThrow().position(),
                    "invalid-value",
                    "unsupported kind '" + v + "'; expected '" + DataContract.KIND + "'"));
    String id =
        ctx.required(root, "id", where)
            .flatMap(
                n ->
                    matching(
                        ctx,
                        n,
                        "id",
                        ID,
                        "a lower-case id such as orders.order_placed"
                            + " (letters, digits, '_', '.', '-'; starting with a letter)"))
            .orElse(null);
    String version = ctx.required(root, "version", where).flatMap(n -> semver(ctx, n)).orElse(null);
    ContractStatus status =
        ctx.optional(root, "status")
            .flatMap(n -> ctx.string(n, "status").flatMap(s -> status(ctx, n, s)))
            .orElse(ContractStatus.ACTIVE);
    Owner owner =
        ctx.required(root, "owner", where)
            .flatMap(n -> ctx.map(n, "owner"))
            .map(m -> owner(m, ctx))
            .orElse(null);
    String description =
        ctx.optional(root, "description").flatMap(n -> ctx.string(n, "description")).orElse(null);
    List<String> tags =
        ctx.optional(root, "tags").flatMap(n -> ctx.strings(n, "tags")).orElse(List.of());
    SchemaSpec schema =
        ctx.required(root, "schema", where)
            .flatMap(n -> ctx.map(n, "schema"))
            .map(m -> SchemaSpecParser.parse(m, ctx))
            .orElse(null);
    Dataset dataset =
        ctx.optional(root, "dataset")
            .flatMap(n -> ctx.map(n, "dataset"))
            .map(m -> dataset(m, ctx))
            .orElse(null);
    List<Check> checks =
        ctx.optional(root, "checks")
            .flatMap(n -> ctx.list(n, "checks"))
            .map(l -> checkParser.parse(l, ctx))
            .orElse(List.of());
    Pii pii =
        ctx.optional(root, "pii")
            .flatMap(n -> ctx.map(n, "pii"))
            .map(m -> piiParser.parse(m, ctx))
            .orElse(null);
    KafkaBinding kafka =
        ctx.optional(root, "kafka")
            .flatMap(n -> ctx.map(n, "kafka"))
            .map(m -> KafkaBindingParser.parse(m, ctx))
            .orElse(null);
    return new DataContract(
        id,
        version,
        status,
        owner,
        description,
        schema,
        dataset,
        checks,
        pii,
        kafka,
        tags,
        ctx.sourceMap());
  }

  private static Optional<String> matching(
      ParseContext ctx, YamlNode node, String key, Pattern pattern, String expected) {
    Optional<String> value = ctx.string(node, key);
    if (value.isPresent() && !pattern.matcher(value.get()).matches()) {
      ctx.error(
          node.position(),
          "invalid-value",
          "invalid " + key + " '" + value.get() + "': expected " + expected);
      return Optional.empty();
    }
    return value;
  }

  private static Optional<String> semver(ParseContext ctx, YamlNode node) {
    if (node instanceof YamlScalar s && s.isNumber()) {
      ctx.error(
          node.position(),
          "invalid-value",
          "invalid version '"
              + s.text()
              + "': expected a semantic version MAJOR.MINOR.PATCH such"
              + " as 1.0.0 (YAML read this as a number; write all three parts)");
      return Optional.empty();
    }
    return matching(
        ctx,
        node,
        "version",
        SEMVER,
        "a semantic version MAJOR.MINOR.PATCH such as 1.0.0 or 2.1.0-rc.1");
  }

  private static Optional<ContractStatus> status(ParseContext ctx, YamlNode node, String text) {
    Optional<ContractStatus> status = ContractStatus.parse(text);
    if (status.isEmpty()) {
      ctx.error(
          node.position(), "invalid-value", oneOf("status", text, ContractStatus.yamlNames()));
    }
    return status;
  }

  /** {@code "unknown status 'actve' (did you mean 'active'?); expected one of: a, b"}. */
  static String oneOf(String key, String found, List<String> allowed) {
    return "unknown "
        + key
        + " '"
        + found
        + "'"
        + Suggestions.didYouMean(found, allowed)
        + "; expected one of: "
        + String.join(", ", allowed);
  }

  private static Owner owner(YamlMap map, ParseContext ctx) {
    ctx.onlyKeys(map, OWNER_KEYS, "owner");
    record(map, "owner", ctx);
    String team =
        ctx.required(map, "team", "owner")
            .flatMap(
                n -> matching(ctx, n, "team", NAME, "a team name (letters, digits, '_', '.', '-')"))
            .orElse(null);
    String email =
        ctx.optional(map, "email")
            .flatMap(n -> matching(ctx, n, "email", EMAIL, "an e-mail address"))
            .orElse(null);
    String slack = ctx.optional(map, "slack").flatMap(n -> ctx.string(n, "slack")).orElse(null);
    if (slack != null && !slack.startsWith("#") && !slack.startsWith("@")) {
      ctx.warning(
          map.get("slack").orElseThrow().position(),
          "invalid-value",
          "slack '" + slack + "' is neither a #channel nor an @handle");
    }
    String pagerduty =
        ctx.optional(map, "pagerduty").flatMap(n -> ctx.string(n, "pagerduty")).orElse(null);
    return new Owner(team, email, slack, pagerduty);
  }

  private static Dataset dataset(YamlMap map, ParseContext ctx) {
    ctx.onlyKeys(map, DATASET_KEYS, "dataset");
    record(map, "dataset", ctx);
    String datasource =
        ctx.required(map, "datasource", "dataset")
            .flatMap(
                n ->
                    matching(
                        ctx,
                        n,
                        "datasource",
                        NAME,
                        "a datasource name from the server configuration"))
            .orElse(null);
    String table =
        ctx.required(map, "table", "dataset")
            .flatMap(
                n ->
                    matching(
                        ctx,
                        n,
                        "table",
                        TABLE,
                        "a table name, optionally qualified (schema.table), plain identifiers only; or a"
                            + " file function such as read_parquet('path')"))
            .orElse(null);
    String loadScope = ctx.optional(map, "load_scope").flatMap(n -> loadScope(ctx, n)).orElse(null);
    return new Dataset(datasource, table, loadScope);
  }

  private static Optional<String> loadScope(ParseContext ctx, YamlNode node) {
    Optional<String> text = ctx.string(node, "load_scope");
    if (text.isEmpty()) {
      return text;
    }
    String scope = text.get();
    boolean ok = true;
    if (scope.contains(";")) {
      ctx.error(
          node.position(), "invalid-value", "load_scope must be one SQL predicate, without ';'");
      ok = false;
    }
    var m = PARAMETER.matcher(scope);
    while (m.find()) {
      String name = m.group(1);
      if (!LOAD_SCOPE_PARAMETERS.contains(name)) {
        ctx.error(
            node.position(),
            "invalid-value",
            "unknown load_scope parameter ':"
                + name
                + "'"
                + Suggestions.didYouMean(name, LOAD_SCOPE_PARAMETERS)
                + "; the check engine binds :since, :until and :load_id");
        ok = false;
      }
    }
    return ok ? text : Optional.empty();
  }

  /** Records the position of every key of {@code map} under {@code prefix}. */
  static void record(YamlMap map, String prefix, ParseContext ctx) {
    for (YamlMap.Entry e : map.entries()) {
      ctx.record(prefix + "." + e.key(), e.value().position());
    }
  }
}
