-- Noting a checkpoint of the chain's head verifies nothing: it gets its own action instead of AUDIT_VERIFIED.
insert into audit_actions (code) values ('AUDIT_CHECKPOINTED');
