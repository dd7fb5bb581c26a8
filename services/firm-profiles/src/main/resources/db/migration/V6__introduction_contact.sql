-- The contact a firm consents to share with the other side of an introduction once that side has accepted it:
-- set only together with the consent (who gave it, when); withdrawing the consent clears the block.
alter table firm add column contact_name varchar(200);
alter table firm add column contact_role varchar(200);
alter table firm add column contact_email varchar(254);
alter table firm add column contact_phone varchar(40);
alter table firm add column contact_consent_at timestamptz;
alter table firm add column contact_consent_by varchar(200);
alter table firm add constraint firm_contact_consented
    check ((contact_name is null) = (contact_consent_at is null));
