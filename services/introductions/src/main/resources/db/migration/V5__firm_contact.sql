-- The contact each firm consented (in firm-profiles) to share on accepted introductions, from its firm events;
-- shown to the other side of an introduction only once accepted. Null when the firm shares none.
alter table firm add column contact_name varchar(200);
alter table firm add column contact_role varchar(200);
alter table firm add column contact_email varchar(254);
alter table firm add column contact_phone varchar(40);
