package org.pactum.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.pactum.contracts.lint.ContractLinter;
import org.pactum.contracts.lint.LintContext;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.SchemaSpec;
import org.pactum.contracts.model.SourcePosition;
import org.pactum.contracts.parse.ContractParser;
import org.pactum.contracts.parse.ParseResult;
import org.pactum.contracts.problem.Problem;
import org.pactum.contracts.schema.ContractRoot;
import org.pactum.contracts.schema.ContractSchemaLoader;
import org.pactum.contracts.schema.LoadedSchema;
import org.pactum.contracts.schema.SchemaLoadResult;
import org.pactum.contracts.schema.SchemaRequest;

/**
 * The entry point for tools: finds contract files, parses them, loads their schemas and lints them,
 * reporting problems instead of throwing for bad content.
 */
public final class ContractLoader {

  private final ContractParser parser = new ContractParser();
  private final ContractSchemaLoader schemas = new ContractSchemaLoader();
  private final ContractLinter linter = new ContractLinter();

  public ContractLoader() {}

  /** Whether a file name marks a contract ({@code *.contract.yaml} or {@code *.contract.yml}). */
  public static boolean isContractFile(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    return name.endsWith(".contract.yaml") || name.endsWith(".contract.yml");
  }

  /**
   * Contract files under each path: a file is taken as is; a directory is searched recursively for
   * {@code *.contract.yaml} / {@code *.contract.yml}, sorted, without following symbolic links (a
   * linked file or folder is not a contract of the folder). Throws IOException (message names the
   * path) when a path does not exist or cannot be read.
   */
  public List<Path> discover(Collection<Path> paths) throws IOException {
    return List.copyOf(rooted(paths).keySet());
  }

  /** Each contract file found, with its root: the folder it was found in, or its own folder. */
  private Map<Path, ContractRoot> rooted(Collection<Path> paths) throws IOException {
    Map<Path, ContractRoot> found = new LinkedHashMap<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new NoSuchFileException(path.toString(), null, "no such file or directory");
      }
      if (Files.isDirectory(path)) {
        ContractRoot root = ContractRoot.of(path);
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
              .filter(ContractLoader::isContractFile)
              .sorted()
              .forEach(p -> found.putIfAbsent(p, root));
        } catch (UncheckedIOException e) {
          throw new IOException("cannot read " + path + ": " + e.getCause().getMessage(), e);
        }
      } else if (Files.isReadable(path)) {
        found.putIfAbsent(path, ContractRoot.folderOf(path));
      } else {
        throw new IOException("cannot read " + path + ": permission denied");
      }
    }
    return found;
  }

  /**
   * Parse + load schema + lint one contract file, whose files must lie in its own folder; never
   * throws for bad content (problems instead); IOException only if the file cannot be read.
   */
  public LoadResult load(Path contractFile) throws IOException {
    return load(contractFile, ContractRoot.folderOf(contractFile));
  }

  /**
   * Parse + load schema + lint one contract file whose schema file and imports must lie in {@code
   * root}; never throws for bad content; IOException only if the file cannot be read.
   */
  public LoadResult load(Path contractFile, ContractRoot root) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(contractFile);
    } catch (IOException e) {
      throw new IOException("cannot read contract file " + contractFile + ": " + e.getMessage(), e);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new LoadResult(
          contractFile,
          Optional.empty(),
          List.of(
              Problem.error(
                  contractFile, 1, 1, "encoding", "the contract file is not valid UTF-8")));
    }
    return load(contractFile, text, root);
  }

  /**
   * Parse + load schema + lint contract text said to come from {@code contractFile}, its files in
   * the contract's folder.
   */
  public LoadResult load(Path contractFile, String text) {
    return load(contractFile, text, ContractRoot.folderOf(contractFile));
  }

  /** Parse + load schema + lint contract text said to come from {@code contractFile}. */
  public LoadResult load(Path contractFile, String text, ContractRoot root) {
    ParseResult parsed = parser.parse(contractFile, text);
    List<Problem> problems = new ArrayList<>(parsed.problems());
    if (parsed.contract().isEmpty()) {
      return new LoadResult(contractFile, Optional.empty(), problems);
    }
    DataContract contract = parsed.contract().get();
    SchemaSpec spec = contract.schema();
    if (spec == null || spec.format() == null || spec.file() == null) {
      return new LoadResult(contractFile, Optional.empty(), problems);
    }
    SourcePosition fileAt = contract.sourceMap().at("schema.file");
    SourcePosition messageAt =
        contract.sourceMap().has("schema.message")
            ? contract.sourceMap().at("schema.message")
            : contract.sourceMap().at("schema");
    SchemaLoadResult loaded =
        schemas.load(new SchemaRequest(contractFile, spec, fileAt, messageAt, root));
    problems.addAll(loaded.problems());
    if (loaded.schema().isEmpty()) {
      return new LoadResult(contractFile, Optional.empty(), problems);
    }
    LoadedSchema schema = loaded.schema().get();
    problems.addAll(linter.lint(new LintContext(contractFile, contract, schema)));
    boolean errors = problems.stream().anyMatch(Problem::isError);
    Optional<LoadedContract> result =
        errors
            ? Optional.empty()
            : Optional.of(new LoadedContract(contractFile, text, contract, schema));
    return new LoadResult(contractFile, result, problems);
  }

  /**
   * discover + load each, a contract's files confined to the folder it was found in (or, for a file
   * given directly, its own folder); problems of all files, sorted.
   */
  public LoadReport loadAll(Collection<Path> paths) throws IOException {
    List<LoadedContract> contracts = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<Path, ContractRoot> found : rooted(paths).entrySet()) {
      LoadResult result = load(found.getKey(), found.getValue());
      result.contract().ifPresent(contracts::add);
      problems.addAll(result.problems());
    }
    return new LoadReport(contracts, problems);
  }
}
