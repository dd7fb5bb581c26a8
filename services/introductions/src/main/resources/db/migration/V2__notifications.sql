-- The inbox: what happened that concerns a firm or an organisation, built from the events this service reads.
-- One row per audience, so each reader has its own read state and its unread count is one indexed count:
-- 'firm:<firm id>' (the firm's SME users) or 'org:<org_id>' (a partner, or an agency for the firms it onboarded
-- and the requests it brokers).
create sequence notification_seq;

create table notification (
    id          uuid          primary key,
    -- Newest has the highest: the inbox's order and its cursor. A refreshed notification takes a new one.
    seq         bigint        not null default nextval('notification_seq'),
    audience    varchar(110)  not null,
    kind        varchar(40)   not null check (kind in ('SUGGESTIONS_NEW', 'SUGGESTIONS_CHANGED',
                                                       'INTRODUCTION_RECEIVED', 'INTRODUCTION_ANSWERED',
                                                       'INTRODUCTION_EXPIRED')),
    -- The object it is about (a firm id for suggestions, an introduction id): webhooks keep its order.
    subject     varchar(100)  not null,
    -- What the reader may see, as JSON; never the parties' free text, never an anonymised requester.
    data        text          not null,
    occurred_at timestamptz   not null,
    read_at     timestamptz
);

create unique index notification_seq_uidx on notification (seq);
create index notification_audience_idx on notification (audience, seq);
create index notification_unread_idx on notification (audience) where read_at is null;
create index notification_subject_idx on notification (subject);

-- Every event that made notifications, by its CloudEvents id: a replayed event makes none again.
create table notification_event (
    event_id     varchar(200) primary key,
    processed_at timestamptz  not null
);
