-- orders → daily revenue per currency (paid and shipped orders only)
create table mart.daily_revenue as
select date_trunc('day', placed_at) as day,
       currency,
       sum(amount) as revenue,
       count(order_id) as orders
from public.orders
where status in ('PAID', 'SHIPPED')
group by date_trunc('day', placed_at), currency;
