-- Import jobs name the service instance running them and when it last showed it was alive, so a job left
-- RUNNING by an instance that died becomes INTERRUPTED (at the next start-up, or once its instance is silent).

alter table import_job
    add column owner_instance varchar(200),
    add column heartbeat_at   timestamptz;

alter table import_job drop constraint import_job_status_check;
alter table import_job add constraint import_job_status_check
    check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'INTERRUPTED'));

-- Jobs from before this migration have no instance to wait for: any still running is taken over by recovery.
update import_job set heartbeat_at = coalesce(finished_at, created_at);

create index import_job_active_idx on import_job (owner_instance) where status in ('QUEUED', 'RUNNING');
