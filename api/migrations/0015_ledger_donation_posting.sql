-- One round trip per donation (ADR 0017): the whole posting — idempotency claim, campaign and duplicate checks,
-- receipt serial, account locks in id order, journal transaction, both entries, balances, donation row and the
-- stored idempotent result — runs server-side in one call. It mirrors recordDonationTx's rules exactly; business
-- refusals raise SQLSTATE WF4xx so the caller maps them to the same AppError codes and zh-CN messages.
CREATE OR REPLACE FUNCTION wushe_post_donation(
  p_key text, p_hash text, p_now timestamptz,
  p_donation_id uuid, p_txn_id uuid, p_fund_id uuid, p_campaign_id uuid, p_amount bigint,
  p_channel varchar, p_channel_ref text, p_donor_name text, p_is_anonymous boolean, p_message text,
  p_received_at timestamptz, p_recorded_by uuid, p_memo text, p_result jsonb
) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  v_prior fund_idempotency%ROWTYPE;
  v_campaign fund_campaigns%ROWTYPE;
  v_serial integer;
  v_code text;
  v_receipt text;
  v_result jsonb;
  v_acc record;
BEGIN
  IF p_key IS NOT NULL THEN
    -- A concurrent holder of the same key makes this insert wait until it commits or rolls back.
    INSERT INTO fund_idempotency (key, command, payload_hash, result, created_at) VALUES (p_key, 'donation', p_hash, NULL, p_now) ON CONFLICT DO NOTHING;
    IF NOT FOUND THEN
      SELECT * INTO v_prior FROM fund_idempotency WHERE key = p_key;
      IF v_prior.key IS NULL THEN RAISE EXCEPTION 'CONFLICT' USING ERRCODE = 'WF409'; END IF;
      IF v_prior.payload_hash <> p_hash OR v_prior.command <> 'donation' THEN RAISE EXCEPTION 'IDEMPOTENCY_KEY_REUSED' USING ERRCODE = 'WF422'; END IF;
      RETURN jsonb_build_object('replay', v_prior.result);
    END IF;
  END IF;
  IF p_campaign_id IS NOT NULL THEN
    SELECT * INTO v_campaign FROM fund_campaigns WHERE id = p_campaign_id;
    IF v_campaign.id IS NULL OR v_campaign.fund_id <> p_fund_id OR v_campaign.status <> 'open'
       OR v_campaign.deadline < (p_received_at AT TIME ZONE 'UTC')::date THEN
      RAISE EXCEPTION 'FUND_CAMPAIGN_CLOSED' USING ERRCODE = 'WF410';
    END IF;
  END IF;
  IF EXISTS (SELECT 1 FROM fund_donations WHERE channel = p_channel AND channel_ref = p_channel_ref) THEN
    RAISE EXCEPTION 'DUPLICATE_CHANNEL_REF' USING ERRCODE = 'WF411';
  END IF;
  -- The journal row takes no lock a concurrent donation waits on (its FK check is KEY SHARE), so it goes before the
  -- locks: on a hot fund the locks are held only for what must be serialised.
  IF NOT EXISTS (SELECT 1 FROM funds WHERE id = p_fund_id) THEN RAISE EXCEPTION 'NOT_FOUND' USING ERRCODE = 'WF404'; END IF;
  INSERT INTO ledger_transactions (id, kind, fund_id, amount, memo, ref_type, created_by, occurred_at)
    VALUES (p_txn_id, 'donation', p_fund_id, p_amount, p_memo, 'donation', p_recorded_by, p_received_at);
  -- Lock order as everywhere: the fund row (receipt serial) first, then the accounts in ascending id.
  UPDATE funds SET receipt_seq = receipt_seq + 1 WHERE id = p_fund_id RETURNING receipt_seq, code INTO v_serial, v_code;
  IF v_serial IS NULL THEN RAISE EXCEPTION 'NOT_FOUND' USING ERRCODE = 'WF404'; END IF;
  -- receiptNumber() in fund-rules.ts: JZ-<fund code>-<UTC year>-<serial, 6 digits>.
  v_receipt := 'JZ-' || v_code || '-' || extract(year FROM p_received_at AT TIME ZONE 'UTC')::int || '-' || lpad(v_serial::text, 6, '0');
  -- legsFor('donation'): debit inflow, credit available (credit-normal: inflow −amount, available +amount).
  FOR v_acc IN SELECT id, kind FROM ledger_accounts WHERE fund_id = p_fund_id AND kind IN ('inflow', 'available') ORDER BY id FOR UPDATE LOOP
    INSERT INTO ledger_entries (txn_id, account_id, direction, amount)
      VALUES (p_txn_id, v_acc.id, CASE v_acc.kind WHEN 'inflow' THEN 'D' ELSE 'C' END, p_amount);
    UPDATE ledger_accounts SET balance = balance + CASE v_acc.kind WHEN 'inflow' THEN -p_amount ELSE p_amount END WHERE id = v_acc.id;
  END LOOP;
  INSERT INTO fund_donations (id, fund_id, campaign_id, amount, channel, channel_ref, donor_name, is_anonymous, message, receipt_no, txn_id, refunded, recorded_by, received_at)
    VALUES (p_donation_id, p_fund_id, p_campaign_id, p_amount, p_channel, p_channel_ref, p_donor_name, p_is_anonymous, p_message, v_receipt, p_txn_id, false, p_recorded_by, p_received_at);
  v_result := p_result || jsonb_build_object('receiptNo', v_receipt);
  IF p_key IS NOT NULL THEN UPDATE fund_idempotency SET result = v_result WHERE key = p_key; END IF;
  RETURN jsonb_build_object('donation', v_result);
END;
$$;
