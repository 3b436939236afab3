-- orders joined to customers → lifetime spend per customer, ranked within the country
create view mart.customer_value as
select c.customer_id,
       c.country,
       sum(o.amount) as total_spent,
       rank() over (partition by c.country order by sum(o.amount) desc) as country_rank
from crm.customers c
join public.orders o on o.customer_id = c.customer_id
group by c.customer_id, c.country;
