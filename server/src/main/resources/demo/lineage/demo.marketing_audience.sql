-- customers → the marketing audience (opted-in customers with an e-mail address)
create table marketing.audience as
select customer_id,
       email,
       first_name,
       country,
       loyalty_tier,
       md5(phone) as phone_hash
from crm.customers
where marketing_opt_in and email is not null;
