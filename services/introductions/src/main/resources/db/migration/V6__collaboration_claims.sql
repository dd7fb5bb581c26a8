-- The inbox also tells a firm or an organisation of a collaboration claimed with it that awaits its confirmation.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check
    check (kind in ('SUGGESTIONS_NEW', 'SUGGESTIONS_CHANGED', 'INTRODUCTION_RECEIVED', 'INTRODUCTION_ANSWERED',
                    'INTRODUCTION_EXPIRED', 'COLLABORATION_CLAIM_RECEIVED'));
