package org.pactum.lineage.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A stored column edge, its ends by column id. */
public record ColumnEdgeRow(
    long sourceId,
    long targetId,
    String jobNamespace,
    String jobName,
    String type,
    String subtype,
    boolean masking,
    OffsetDateTime firstSeen,
    OffsetDateTime lastSeen,
    String lastRunId)
    implements StoredEdge {

  /**
   * Maps by position: a graph query returns thousands of these. It reads the driver's own result
   * set: a pool's proxy (tomcat-jdbc's) forwards every getter by reflection, which cost more than
   * decoding the rows.
   */
  public static final class Mapper implements RowMapper<ColumnEdgeRow> {
    @Override
    public RowMapper<ColumnEdgeRow> specialize(ResultSet rs, StatementContext ctx)
        throws SQLException {
      ResultSet direct = rs.isWrapperFor(ResultSet.class) ? rs.unwrap(ResultSet.class) : rs;
      return (ignored, c) -> map(direct, c);
    }

    @Override
    public ColumnEdgeRow map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new ColumnEdgeRow(
          rs.getLong(1),
          rs.getLong(2),
          rs.getString(3),
          rs.getString(4),
          rs.getString(5),
          rs.getString(6),
          rs.getBoolean(7),
          rs.getObject(8, OffsetDateTime.class),
          rs.getObject(9, OffsetDateTime.class),
          rs.getString(10));
    }
  }
}
