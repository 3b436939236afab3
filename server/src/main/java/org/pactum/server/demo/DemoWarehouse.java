package org.pactum.server.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Fills the demo warehouse with the example contracts' tables, one load at a time. The data is
 * deterministic (values derive from hashes of the day and row number) and realistic enough for the
 * checks to mean something: most loads pass, the broken one fails several checks.
 */
public final class DemoWarehouse {
  private final Jdbi warehouse;

  public DemoWarehouse(Jdbi warehouse) {
    this.warehouse = warehouse;
  }

  /** Drops and recreates the demo tables. */
  public void recreate() {
    String ddl;
    try (InputStream in = DemoWarehouse.class.getResourceAsStream("/demo/warehouse-schema.sql")) {
      ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("the demo warehouse schema is missing from the jar", e);
    }
    warehouse.useHandle(h -> h.createScript(ddl).execute());
  }

  /** Inserts one day's orders, customers and payments. */
  public void load(DemoLoad load) {
    warehouse.useTransaction(
        h -> {
          orders(h, load);
          customers(h, load);
          payments(h, load);
        });
  }

  private static OffsetDateTime ts(Instant i) {
    return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }

  private static void orders(Handle h, DemoLoad load) {
    // A late load: today's orders landed three hours ago, past the contract's 2h freshness.
    Instant loadedAt = load.broken() ? load.at().minus(Duration.ofHours(3)) : load.at();
    int rows = 400 + (load.day() % 7) * 25;
    h.createUpdate(
            """
            insert into public.orders (order_id, customer_id, email, status, channel, amount,
                currency, coupon_code, items, shipping_address, placed_at, loaded_at)
            select md5('order/' || :day || '/' || n)::uuid,
                   case when :broken and x.h % 100 < 8 then null
                        else 'c-' || lpad((x.h % 1500)::text, 5, '0') end,
                   case when x.h % 100 < 98 then 'buyer' || (x.h % 1500) || '@example.com' end,
                   (array['PLACED', 'PAID', 'SHIPPED', 'CANCELLED'])[1 + x.h % 4],
                   (array['WEB', 'WEB', 'IOS', 'ANDROID'])[1 + (x.h / 7) % 4],
                   case when :broken and n <= 6 then 250000.00
                        else round((8 + (x.h % 9000) / 60.0 + (x.h % 13))::numeric, 2) end,
                   (array['EUR', 'EUR', 'USD', 'GBP', 'CHF'])[1 + (x.h / 11) % 5],
                   case when x.h % 10 < 3 then 'SAVE10' end,
                   jsonb_build_array(jsonb_build_object('sku', 'SKU-' || (x.h % 300),
                       'quantity', 1 + x.h % 3, 'unit_price', '19.90')),
                   jsonb_build_object('line1', (x.h % 200) || ' Main St', 'city', 'Lyon',
                       'postal_code', '69001', 'country', 'FR'),
                   cast(:loaded_at as timestamptz) - ((x.h % 1380) * interval '1 minute') - interval '5 minutes',
                   cast(:loaded_at as timestamptz)
            from generate_series(1, :rows) n,
                 lateral (select abs(hashtext('o/' || :day || '/' || n)) as h) x
            """)
        .bind("day", load.day())
        .bind("broken", load.broken())
        .bind("rows", rows)
        .bind("loaded_at", ts(loadedAt))
        .execute();
  }

  private static void customers(Handle h, DemoLoad load) {
    int first = load.day() == 0 ? 1 : 1100 + (load.day() - 1) * 40 + 1;
    int last = load.day() == 0 ? 1100 : 1100 + load.day() * 40;
    h.createUpdate(
            """
            insert into crm.customers (customer_id, email, phone, first_name, last_name,
                date_of_birth, address, country, loyalty_tier, marketing_opt_in, lifetime_value,
                last_login_ip, created_at, updated_at)
            select 'c-' || lpad(n::text, 5, '0'),
                   case when x.h % 100 < 99 then 'customer' || n || '@example.com' end,
                   case when x.h % 100 < 55 then '+336' || lpad((x.h % 100000000)::text, 8, '0') end,
                   (array['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Ken'])[1 + x.h % 6],
                   (array['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Thompson'])[1 + (x.h / 6) % 6],
                   date '1950-01-01' + (x.h % 20000),
                   jsonb_build_object('street', (x.h % 90) || ' Rue Centrale', 'city', 'Paris',
                       'postal_code', '75001', 'country', 'FR'),
                   (array['FR', 'DE', 'GB', 'US', 'ES'])[1 + x.h % 5],
                   (array['NONE', 'NONE', 'SILVER', 'GOLD', 'PLATINUM'])[1 + (x.h / 5) % 5],
                   x.h % 2 = 0,
                   round(((x.h % 500000) / 100.0)::numeric, 2),
                   '10.0.' || (x.h % 250) || '.' || (x.h % 199),
                   cast(:at as timestamptz) - interval '1 hour' - ((x.h % 600) * interval '1 minute'),
                   cast(:at as timestamptz) - ((x.h % 300) * interval '1 minute')
            from generate_series(:first, :last) n,
                 lateral (select abs(hashtext('c/' || n)) as h) x
            """)
        .bind("first", first)
        .bind("last", last)
        .bind("at", ts(load.at()))
        .execute();
  }

  private static void payments(Handle h, DemoLoad load) {
    int rows = 300 + (load.day() % 5) * 20;
    h.createUpdate(
            """
            insert into payments.payment (payment_id, order_id, customer_id, amount, method,
                status, created_at, captured_at, failure_code, payer_email, risk_flags, metadata,
                card)
            select 'p-' || :day || '-' || n,
                   md5('order/' || :day || '/' || n),
                   'c-' || lpad((x.h % 1500)::text, 5, '0'),
                   row((array['EUR', 'USD', 'GBP'])[1 + x.h % 3], 5 + x.h % 400,
                       (x.h % 100) * 10000000)::payments.money,
                   (array['PAYMENT_METHOD_CARD', 'PAYMENT_METHOD_CARD', 'PAYMENT_METHOD_PAYPAL',
                          'PAYMENT_METHOD_BANK_TRANSFER'])[1 + (x.h / 3) % 4],
                   case when x.h % 100 < (case when :broken then 9 else 2 end)
                        then 'PAYMENT_STATUS_DECLINED' else 'PAYMENT_STATUS_CAPTURED' end,
                   cast(:at as timestamptz) - (x.age * interval '1 minute') - interval '2 minutes',
                   cast(:at as timestamptz) - (x.age * interval '1 minute') - interval '1 minute',
                   case when x.h % 100 < (case when :broken then 9 else 2 end) then 'card_declined' end,
                   'payer' || (x.h % 1500) || '@example.com',
                   '{}',
                   jsonb_build_object('channel', 'web'),
                   jsonb_build_object('brand', 'VISA', 'last4', lpad((x.h % 10000)::text, 4, '0'))
            from generate_series(1, :rows) n,
                 lateral (select abs(hashtext('p/' || :day || '/' || n)) as h) y,
                 -- payments spread over the day before the load; the first is the load's newest,
                 -- so a healthy load is fresh whatever the hashes (freshness warns after 15m)
                 lateral (select y.h, case when n = 1 then 0 else y.h % 1380 end as age) x
            """)
        .bind("day", load.day())
        .bind("broken", load.broken())
        .bind("rows", rows)
        .bind("at", ts(load.at()))
        .execute();
  }
}
