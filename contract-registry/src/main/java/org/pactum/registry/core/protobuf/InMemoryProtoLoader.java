package org.pactum.registry.core.protobuf;

import com.squareup.wire.schema.CoreLoader;
import com.squareup.wire.schema.CoreLoaderKt;
import com.squareup.wire.schema.ErrorCollector;
import com.squareup.wire.schema.Loader;
import com.squareup.wire.schema.ProtoFile;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import java.util.Map;
import java.util.TreeSet;

/**
 * Wire's {@link Loader} over already-parsed files held in memory: the linker asks for imports by
 * path, we answer from the caller's references, and fall back to the {@code
 * google/protobuf/*.proto} well-known types (and Wire's own) bundled in Wire's jar. No file system
 * involved.
 */
final class InMemoryProtoLoader implements Loader {

  private final Map<String, ProtoFile> files;
  private final ErrorCollector errors;

  InMemoryProtoLoader(Map<String, ProtoFile> files, ErrorCollector errors) {
    this.files = files;
    this.errors = errors;
  }

  @Override
  public ProtoFile load(String path) {
    ProtoFile file = files.get(path);
    if (file != null) {
      return file;
    }
    if (CoreLoaderKt.isWireRuntimeProto(path)) {
      return CoreLoader.INSTANCE.load(path);
    }
    errors.plusAssign(
        "unable to find import \""
            + path
            + "\": it is neither a well-known google/protobuf type nor one of the references "
            + new TreeSet<>(files.keySet()));
    return ProtoFile.Companion.get(ProtoFileElement.Companion.empty(path));
  }

  @Override
  public Loader withErrors(ErrorCollector errors) {
    return new InMemoryProtoLoader(files, errors);
  }
}
