-- One open incident per (contract, check, dataset): a check failing on a table and on a stream
-- (dataset kafka:<topic>) are two episodes, each escalating and resolving on its own.
drop index incident_open_idx;
create unique index incident_open_idx on incident (contract_id, check_name, dataset)
  where state <> 'RESOLVED';
