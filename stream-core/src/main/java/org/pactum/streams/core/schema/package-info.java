/**
 * Writer schemas by registry id, behind the {@link org.pactum.streams.core.schema.SchemaSource}
 * port: the validator asks for the schema a record names and gets it, or learns the id is unknown.
 */
package org.pactum.streams.core.schema;
