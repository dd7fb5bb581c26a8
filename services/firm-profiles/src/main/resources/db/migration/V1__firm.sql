-- Firm profiles. Ids are UUIDs chosen by the platform (or, for a self-registering SME, the id its
-- account was issued with), never database sequences, so events can carry them before commit.
create table firm (
    id           uuid primary key,
    legal_name   varchar(300) not null,
    country      varchar(2)   not null,
    status       varchar(20)  not null check (status in ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'SUSPENDED')),
    -- The agency (its org_id) that onboarded the firm; null when the SME registered itself.
    onboarded_by varchar(100),
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    version      bigint       not null default 0
);

create index firm_onboarded_by_idx on firm (onboarded_by);
create index firm_status_idx on firm (status);
