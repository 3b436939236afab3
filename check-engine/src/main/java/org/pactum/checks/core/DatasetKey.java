package org.pactum.checks.core;

import java.util.Objects;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.Dataset;

/**
 * The dataset a run checks and metrics belong to: a datasource named in server config and a table
 * in it, written {@code <datasource>:<table>} in the result log, the metric history and the API.
 */
public record DatasetKey(String datasource, String table) {
  public DatasetKey {
    Objects.requireNonNull(datasource, "datasource");
    Objects.requireNonNull(table, "table");
  }

  public static DatasetKey of(Dataset dataset) {
    return new DatasetKey(dataset.datasource(), dataset.table());
  }

  /**
   * The key's text for a contract, or {@code ""} when the contract has no dataset (its runs end in
   * ERROR at once, and are stored under the empty key).
   */
  public static String textOf(DataContract contract) {
    return contract.dataset() == null ? "" : of(contract.dataset()).toString();
  }

  /**
   * The key written as {@code <datasource>:<table>}; the datasource name holds no colon, the table
   * may.
   *
   * @throws IllegalArgumentException when the text has no colon
   */
  public static DatasetKey parse(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException(
          "a dataset key is <datasource>:<table>, not '" + text + "'");
    }
    return new DatasetKey(text.substring(0, colon), text.substring(colon + 1));
  }

  @Override
  public String toString() {
    return datasource + ":" + table;
  }
}
