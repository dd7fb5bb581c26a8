-- Matchmaking indicators (GET /api/v1/introductions/indicators): when a request was answered, and the country and
-- type of the organisation asked, as this service knew them when the request was made.
alter table introduction add column answered_at timestamptz;
alter table introduction add column organisation_country varchar(2);
alter table introduction add column organisation_type varchar(30);

-- Requests answered before: an accepted or declined one changed last when it was answered. One that went on to an
-- outcome has lost its answer time; it counts as answered but not in the median time to answer.
update introduction set answered_at = changed_at where state in ('ACCEPTED', 'DECLINED');
update introduction i set organisation_country = f.country, organisation_type = 'COMPANY'
  from firm f where f.id = i.organisation_key;

-- A partner may say where it is and what it is, so that its introductions count in the right country and type.
alter table partner_organisation add column country varchar(2);
alter table partner_organisation add column organisation_type varchar(30);
