-- The claimant's side hears how the other side decided its collaboration claim. (The awaited side's
-- COLLABORATION_CLAIM_RECEIVED is settled in place: its data gains the outcome, and it counts as read.)
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check
    check (kind in ('SUGGESTIONS_NEW', 'SUGGESTIONS_CHANGED', 'INTRODUCTION_RECEIVED', 'INTRODUCTION_ANSWERED',
                    'INTRODUCTION_EXPIRED', 'COLLABORATION_CLAIM_RECEIVED', 'COLLABORATION_CLAIM_CONFIRMED',
                    'COLLABORATION_CLAIM_REJECTED'));
