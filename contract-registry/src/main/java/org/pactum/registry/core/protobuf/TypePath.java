package org.pactum.registry.core.protobuf;

/**
 * Where the types of one level are reported: locations {@code #/Outer/Inner} and dotted paths
 * {@code Outer.Inner}.
 */
record TypePath(String locationPrefix, String namePrefix) {

  /** The top level of a file. */
  static final TypePath ROOT = new TypePath("#/", "");

  String location(String name) {
    return locationPrefix + name;
  }

  String path(String name) {
    return namePrefix + name;
  }

  /** The level of the types nested in {@code name}. */
  TypePath nested(String name) {
    return new TypePath(location(name) + "/", path(name) + ".");
  }
}
