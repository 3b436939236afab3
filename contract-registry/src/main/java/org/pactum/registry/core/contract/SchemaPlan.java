package org.pactum.registry.core.contract;

import com.squareup.wire.schema.ProtoFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pactum.contracts.LoadedContract;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.contracts.schema.ProtobufContractSchema;
import org.pactum.registry.core.gate.SchemaSources;
import org.pactum.registry.core.schema.SchemaReference;

/**
 * How a contract's schema lands in the registry: the main schema under the contract id's subject,
 * and (Protobuf) each file it imports from the contract's folder under a subject named by its
 * import path, dependencies first, as Confluent's serializers register references.
 *
 * @param imports the imported files, each after the files it imports
 * @param mainImports the main file's own imports (of those in {@code imports})
 */
record SchemaPlan(
    String subject,
    SchemaFormat format,
    String text,
    List<ImportFile> imports,
    List<String> mainImports) {

  /** An imported {@code .proto} file, registered under the subject {@code path}. */
  record ImportFile(String path, String text, List<String> imports) {}

  static SchemaPlan of(LoadedContract loaded) {
    String subject = loaded.contract().id();
    if (!(loaded.schema() instanceof ProtobufContractSchema proto)) {
      return new SchemaPlan(
          subject, loaded.schema().format(), loaded.schema().text(), List.of(), List.of());
    }
    Map<String, String> texts = new HashMap<>();
    for (SchemaReference ref : SchemaSources.references(proto)) {
      texts.put(ref.name(), ref.text());
    }
    Map<String, List<String>> importsOf = new HashMap<>();
    String mainPath = ContractFiles.schemaPath(loaded);
    for (ProtoFile file : proto.schema().getProtoFiles()) {
      List<String> imports = new ArrayList<>();
      for (String i : file.getImports()) {
        if (texts.containsKey(i)) {
          imports.add(i);
        }
      }
      for (String i : file.getPublicImports()) {
        if (texts.containsKey(i) && !imports.contains(i)) {
          imports.add(i);
        }
      }
      importsOf.put(file.getLocation().getPath(), imports);
    }
    List<String> mainImports = importsOf.getOrDefault(mainPath, List.copyOf(texts.keySet()));
    Set<String> ordered = new LinkedHashSet<>();
    for (String i : mainImports) {
      visit(i, importsOf, ordered, new LinkedHashSet<>());
    }
    for (String other : texts.keySet()) {
      visit(other, importsOf, ordered, new LinkedHashSet<>());
    }
    List<ImportFile> imports = new ArrayList<>();
    for (String path : ordered) {
      imports.add(new ImportFile(path, texts.get(path), importsOf.getOrDefault(path, List.of())));
    }
    return new SchemaPlan(subject, SchemaFormat.PROTOBUF, proto.text(), imports, mainImports);
  }

  private static void visit(
      String path, Map<String, List<String>> importsOf, Set<String> ordered, Set<String> onPath) {
    if (ordered.contains(path) || !onPath.add(path)) {
      return; // done, or a cycle (Wire has refused those already)
    }
    for (String dep : importsOf.getOrDefault(path, List.of())) {
      visit(dep, importsOf, ordered, onPath);
    }
    ordered.add(path);
  }
}
