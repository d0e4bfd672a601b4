-- Practice outcomes: the category of a session's main complaint (optional, so notes written before it exist
-- unchanged), and the audit action that records who looked at the practice's outcomes.
-- Adding a nullable column rewrites no rows, so the signed-note triggers of V5 are not involved.

alter table treatment_notes add column complaint_region varchar(20) check (complaint_region in (
    'HEAD_NECK', 'SHOULDER', 'UPPER_BACK', 'CHEST', 'ABDOMEN', 'ARM', 'FOREARM_HAND',
    'LOW_BACK', 'HIP', 'THIGH', 'LEG_FOOT'));

-- The full list of actions (V6's, V9's and this one's); whoever adds the next action drops and re-adds it again.
alter table audit_events drop constraint audit_events_action_check;
alter table audit_events add constraint audit_events_action_check check (action in (
    'READ', 'CREATE', 'UPDATE', 'ARCHIVE', 'RESTORE', 'SIGN', 'AMEND',
    'LOGIN', 'LOGIN_FAILED', 'LOGOUT', 'ROLES_CHANGED', 'USER_CREATED', 'USER_DEACTIVATED',
    'AUDIT_LISTED', 'AUDIT_VERIFIED', 'REFUSED_REQUEST',
    'HANDOUT_ISSUED', 'HANDOUT_PREVIEWED', 'OUTCOMES_VIEWED'));
