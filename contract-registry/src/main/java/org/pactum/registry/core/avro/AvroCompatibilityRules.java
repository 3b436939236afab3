package org.pactum.registry.core.avro;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.registry.core.schema.CompatibilityRules;
import org.pactum.registry.core.schema.Direction;
import org.pactum.registry.core.schema.Finding;
import org.pactum.registry.core.schema.IncompatibilityType;
import org.pactum.registry.core.schema.ParsedSchema;

/**
 * Avro's reader/writer schema resolution, with {@link SchemaCompatibility} (Avro's reference
 * implementation) as the engine. BACKWARD makes the new schema the reader and the existing version
 * the writer; FORWARD the other way round. Each Avro incompatibility becomes a {@link Finding}
 * whose location is Avro's JSON pointer into the <em>reader</em> schema and whose field path is
 * found by walking that pointer through the reader schema.
 */
public final class AvroCompatibilityRules implements CompatibilityRules {

  @Override
  public SchemaFormat format() {
    return SchemaFormat.AVRO;
  }

  @Override
  public List<Finding> compare(
      ParsedSchema existing, ParsedSchema candidate, Integer version, Direction direction) {
    Schema existingSchema = ((AvroParsedSchema) existing).schema();
    Schema candidateSchema = ((AvroParsedSchema) candidate).schema();
    Schema reader = direction == Direction.BACKWARD ? candidateSchema : existingSchema;
    Schema writer = direction == Direction.BACKWARD ? existingSchema : candidateSchema;
    SchemaCompatibility.SchemaCompatibilityResult result =
        SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getResult();
    List<Finding> findings = new ArrayList<>();
    for (SchemaCompatibility.Incompatibility i : result.getIncompatibilities()) {
      findings.add(toFinding(i, reader, version, direction));
    }
    return findings;
  }

  static Finding toFinding(
      SchemaCompatibility.Incompatibility i, Schema reader, Integer version, Direction d) {
    String location = i.getLocation();
    String fieldPath = AvroPaths.fieldPath(reader, location);
    String readerName = d.reader(version);
    String writerName = d.writer(version);
    String detail = i.getMessage() == null ? "" : i.getMessage();
    Schema r = i.getReaderFragment();
    Schema w = i.getWriterFragment();
    IncompatibilityType type = map(i.getType());
    String message;
    String fix;
    switch (i.getType()) {
      case READER_FIELD_MISSING_DEFAULT_VALUE -> {
        String field = detail;
        if (d == Direction.BACKWARD) {
          message =
              "the new schema has field '"
                  + field
                  + "' ("
                  + fieldPath
                  + ") without a default value, and data written with "
                  + writerName
                  + " does not contain it, so the new schema cannot read that data";
          fix =
              "give `"
                  + field
                  + "` a default so old data can be read (for an optional field: \"type\":"
                  + " [\"null\", …], \"default\": null)";
        } else {
          message =
              capitalize(readerName)
                  + " requires field '"
                  + field
                  + "' ("
                  + fieldPath
                  + ", no default value) but the new schema does not write it, so consumers on "
                  + readerName
                  + " cannot read data written with the new schema";
          fix =
              "keep `"
                  + field
                  + "` in the new schema; to retire it, first publish a version that gives it a"
                  + " default, and remove it once no reader requires it";
        }
      }
      case TYPE_MISMATCH -> {
        String readerType = describe(r);
        String writerType = describe(w);
        message =
            fieldPath
                + ": "
                + readerName
                + " reads "
                + readerType
                + " where "
                + writerName
                + " writes "
                + writerType
                + ", and Avro cannot resolve "
                + writerType
                + " to "
                + readerType;
        fix =
            "keep "
                + subject(fieldPath)
                + " as "
                + (d == Direction.BACKWARD ? writerType : readerType)
                + ", or change it only along Avro's promotions (int→long→float→double,"
                + " string↔bytes); for a real type change add a new field with a default and"
                + " stop writing the old one";
      }
      case NAME_MISMATCH -> {
        String readerType = r.getFullName();
        String writerType = w.getFullName();
        message =
            fieldPath
                + ": "
                + readerName
                + " names the type '"
                + readerType
                + "' but "
                + writerName
                + " writes '"
                + writerType
                + "'; Avro matches named types by full name or alias";
        fix =
            d == Direction.BACKWARD
                ? "keep the name `"
                    + writerType
                    + "`, or add \"aliases\": [\""
                    + writerType
                    + "\"] to `"
                    + readerType
                    + "` in the new schema"
                : "keep the name `"
                    + readerType
                    + "` in the new schema: readers on "
                    + readerName
                    + " only know that name";
      }
      case FIXED_SIZE_MISMATCH -> {
        message =
            fieldPath
                + ": fixed type '"
                + r.getFullName()
                + "' is "
                + r.getFixedSize()
                + " bytes in "
                + readerName
                + " but "
                + w.getFixedSize()
                + " bytes in "
                + writerName;
        fix =
            "a fixed type's size cannot change; keep "
                + (d == Direction.BACKWARD ? w.getFixedSize() : r.getFixedSize())
                + " bytes, or add a new field with a new fixed type";
      }
      case MISSING_ENUM_SYMBOLS -> {
        message =
            fieldPath
                + ": "
                + writerName
                + " can write enum symbols "
                + detail
                + " that enum '"
                + r.getFullName()
                + "' in "
                + readerName
                + " does not have";
        fix =
            d == Direction.BACKWARD
                ? "keep the symbols "
                    + detail
                    + " in the new schema, or give the enum a \"default\" symbol that unknown"
                    + " symbols resolve to"
                : "don't add the symbols "
                    + detail
                    + " while readers on "
                    + readerName
                    + " lack them; first publish a version whose enum has a \"default\" symbol";
      }
      case MISSING_UNION_BRANCH -> {
        String branch = unionBranch(detail, w);
        message =
            fieldPath
                + ": "
                + writerName
                + " can write "
                + branch
                + " but the union in "
                + readerName
                + " has no branch for it";
        fix =
            d == Direction.BACKWARD
                ? "add " + branch + " to the union in the new schema"
                : "don't add " + branch + " while readers on " + readerName + " lack it";
      }
      default -> {
        message = fieldPath + ": " + detail;
        fix = "see the Avro specification's schema resolution rules";
      }
    }
    return new Finding(type, location, fieldPath, message, fix, detail, true, null);
  }

  static IncompatibilityType map(SchemaIncompatibilityType type) {
    return switch (type) {
      case NAME_MISMATCH -> IncompatibilityType.NAME_MISMATCH;
      case FIXED_SIZE_MISMATCH -> IncompatibilityType.FIXED_SIZE_MISMATCH;
      case MISSING_ENUM_SYMBOLS -> IncompatibilityType.MISSING_ENUM_SYMBOLS;
      case READER_FIELD_MISSING_DEFAULT_VALUE ->
          IncompatibilityType.READER_FIELD_MISSING_DEFAULT_VALUE;
      case TYPE_MISMATCH -> IncompatibilityType.TYPE_MISMATCH;
      case MISSING_UNION_BRANCH -> IncompatibilityType.MISSING_UNION_BRANCH;
    };
  }

  /** "string", "array<long>", "record com.acme.Money", "union [null, string]". */
  static String describe(Schema s) {
    if (s == null) {
      return "?";
    }
    String base =
        switch (s.getType()) {
          case RECORD, ENUM, FIXED -> s.getType().getName() + " " + s.getFullName();
          case ARRAY -> "array<" + describeShort(s.getElementType()) + ">";
          case MAP -> "map<" + describeShort(s.getValueType()) + ">";
          case UNION ->
              s.getTypes().stream()
                  .map(AvroCompatibilityRules::describeShort)
                  .collect(Collectors.joining(", ", "union [", "]"));
          default -> s.getType().getName();
        };
    return s.getLogicalType() == null ? base : base + " (" + s.getLogicalType().getName() + ")";
  }

  private static String describeShort(Schema s) {
    return switch (s.getType()) {
      case RECORD, ENUM, FIXED -> s.getFullName();
      case ARRAY -> "array<" + describeShort(s.getElementType()) + ">";
      case MAP -> "map<" + describeShort(s.getValueType()) + ">";
      case UNION ->
          s.getTypes().stream()
              .map(AvroCompatibilityRules::describeShort)
              .collect(Collectors.joining(", ", "union [", "]"));
      default -> s.getType().getName();
    };
  }

  private static String unionBranch(String detail, Schema writer) {
    // Avro: "reader union lacking writer type: STRING"
    if (writer != null && writer.getType() != Schema.Type.UNION) {
      return describe(writer);
    }
    int colon = detail.lastIndexOf(": ");
    return colon >= 0 ? detail.substring(colon + 2).toLowerCase(Locale.ROOT) : detail;
  }

  private static String subject(String fieldPath) {
    int dot = fieldPath.lastIndexOf('.');
    return "`" + (dot >= 0 ? fieldPath.substring(dot + 1) : fieldPath) + "`";
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
