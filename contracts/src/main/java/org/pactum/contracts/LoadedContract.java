package org.pactum.contracts;

import java.nio.file.Path;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.schema.LoadedSchema;

/**
 * A contract that parsed, whose schema loaded, and that linted without errors.
 *
 * @param file the contract file
 * @param source the contract file's YAML text
 * @param contract the parsed contract
 * @param schema its loaded schema
 */
public record LoadedContract(
    Path file, String source, DataContract contract, LoadedSchema schema) {}
