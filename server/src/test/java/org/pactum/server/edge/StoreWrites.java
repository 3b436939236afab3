package org.pactum.server.edge;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * A count of the rows written (inserted, updated or deleted) in any of Pactum's tables, kept by row
 * triggers this test installs on every table of Pactum's schemas. The count is a row updated in the
 * same transaction as the change, so work that rolled back leaves it as it was: a request that
 * stores nothing leaves it unchanged, whatever it tried. One small query per request, where
 * counting every table's rows would cost a union over them all.
 */
final class StoreWrites {
  private final Jdbi jdbi;

  /**
   * @param tables the tables to watch, schema-qualified
   */
  StoreWrites(Jdbi jdbi, List<String> tables) {
    this.jdbi = jdbi;
    jdbi.useHandle(
        h -> {
          h.execute("create table if not exists public.fuzz_store_writes (n bigint not null)");
          h.execute(
              "insert into public.fuzz_store_writes select 0 where not exists (select 1 from public.fuzz_store_writes)");
          h.execute(
              """
              create or replace function public.fuzz_store_write() returns trigger
              language plpgsql as $$
              begin
                update public.fuzz_store_writes set n = n + 1;
                return null;
              end $$
              """);
          for (String t : tables) {
            h.execute("drop trigger if exists fuzz_store_write on " + t);
            h.execute(
                "create trigger fuzz_store_write after insert or update or delete on "
                    + t
                    + " for each row execute function public.fuzz_store_write()");
          }
        });
  }

  long now() {
    return jdbi.withHandle(
        h -> h.createQuery("select n from public.fuzz_store_writes").mapTo(Long.class).one());
  }
}
