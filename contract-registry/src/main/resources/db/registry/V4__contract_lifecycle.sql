-- One catalog: who may publish a contract (the server's contracts folder, when it declares the id,
-- or the contract API) and whether the contract was retired through the API. A contract's status
-- is its latest version's document status, unless it was retired here.

alter table contract
    add column managed_by  text        not null default 'api' check (managed_by in ('api', 'folder')),
    add column declared_in text,
    add column retired_at  timestamptz,
    add constraint contract_folder_names_its_file
        check ((managed_by = 'folder') = (declared_in is not null));

comment on column contract.managed_by is 'folder: a contracts folder of the server declares the id, and only it publishes versions; api: the contract API does';
comment on column contract.declared_in is 'the contract file that declares the id, when managed_by is folder';
comment on column contract.retired_at is 'when the contract was retired through DELETE /api/v1/contracts/{id}; null while in force';
