package org.pactum.streams.client;

/**
 * A schema's reference to another registered schema, as Confluent's API writes it.
 *
 * @param name the import path (Protobuf) or the referenced type's full name (Avro)
 * @param subject the subject holding the referenced schema
 * @param version its version in that subject
 */
public record SchemaReference(String name, String subject, int version) {}
