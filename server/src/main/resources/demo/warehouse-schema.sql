-- The demo warehouse: the example contracts' tables, recreated on every `pactum demo`.
drop schema if exists crm cascade;
drop schema if exists payments cascade;
drop table if exists public.orders;

create table public.orders (
    order_id          uuid primary key,
    customer_id       text,
    email             text,
    status            text not null,
    channel           text not null,
    amount            numeric(12, 2),
    currency          text not null,
    coupon_code       text,
    items             jsonb not null,
    shipping_address  jsonb,
    placed_at         timestamptz not null,
    loaded_at         timestamptz not null
);
create index orders_loaded_at on public.orders (loaded_at);

create schema crm;
create table crm.customers (
    customer_id       text primary key,
    email             text,
    phone             text,
    first_name        text not null,
    last_name         text not null,
    date_of_birth     date,
    address           jsonb,
    country           text not null,
    loyalty_tier      text not null,
    marketing_opt_in  boolean not null,
    lifetime_value    numeric(12, 2) not null,
    last_login_ip     text,
    created_at        timestamptz not null,
    updated_at        timestamptz not null
);

create schema payments;
create type payments.money as (currency_code text, units bigint, nanos integer);
create table payments.payment (
    payment_id    text primary key,
    order_id      text,
    customer_id   text,
    amount        payments.money,
    method        text not null,
    status        text not null,
    created_at    timestamptz not null,
    captured_at   timestamptz,
    failure_code  text,
    payer_email   text,
    risk_flags    text[] not null default '{}',
    metadata      jsonb not null default '{}',
    card          jsonb
);
create index payment_created_at on payments.payment (created_at);
