-- Webhook subscriptions of partners and agencies: the notifications of their audience (the same rule as the
-- inbox), of the kinds they chose, posted to their URL and signed with their secret.
create table webhook_subscription (
    id                   uuid          primary key,
    audience             varchar(110)  not null,
    created_by           varchar(200)  not null,
    url                  varchar(2000) not null,
    event_types          varchar(40)[] not null,
    -- Kept to sign each delivery (so it cannot be hashed); shown to the subscriber only once, at creation.
    secret               varchar(100)  not null,
    status               varchar(10)   not null check (status in ('ACTIVE', 'PAUSED')),
    paused_reason        varchar(600),
    consecutive_failures integer       not null default 0,
    created_at           timestamptz   not null
);

create index webhook_subscription_audience_idx on webhook_subscription (audience);

-- One notification to one subscription. Written in the transaction that made the notification, so an event
-- acknowledged on Kafka is never lost; sent by the dispatcher, retried with backoff, kept as the delivery log.
create table webhook_delivery (
    id              uuid          primary key,
    seq             bigint        generated always as identity unique,
    subscription_id uuid          not null references webhook_subscription (id) on delete cascade,
    notification_id uuid          not null,
    event_type      varchar(40)   not null,
    -- Deliveries of one object to one subscription are sent in seq order, each after the previous succeeded.
    object_key      varchar(100)  not null,
    -- The exact body that is signed and sent.
    payload         text          not null,
    state           varchar(10)   not null check (state in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    last_status     integer,
    last_error      varchar(500),
    created_at      timestamptz   not null,
    delivered_at    timestamptz
);

create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where state = 'PENDING';
create index webhook_delivery_object_idx on webhook_delivery (subscription_id, object_key, seq)
    where state = 'PENDING';
create index webhook_delivery_log_idx on webhook_delivery (subscription_id, seq);
