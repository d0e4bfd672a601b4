-- Signed notes stay final (V5); only the way "this transaction" is recognised changes. txid_current() is deprecated
-- since PostgreSQL 13; pg_current_xact_id() is its replacement. Its 64-bit id cast to xid is the 32-bit id that rows
-- carry in xmin, so no modulo arithmetic is needed. Both assign the transaction an id if it has none yet, which a
-- transaction about to write a row has anyway.
create or replace function signed_before_this_transaction(row_xmin xid, status varchar) returns boolean
    language sql stable as $$
    select status = 'SIGNED' and row_xmin <> cast(pg_current_xact_id() as xid)
$$;
