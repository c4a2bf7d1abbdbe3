-- A hot fund's donations, batched (ADR 0017): the server hands every donation queued for one fund to one call, which
-- posts each through wushe_post_donation in its own subtransaction (a refusal fails only that donation) and commits
-- once. The fund's locks are then taken once and held through one commit flush for the whole batch.
CREATE OR REPLACE FUNCTION wushe_post_donations(p_items jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  v_item jsonb;
  v_out jsonb := '[]'::jsonb;
  v_r jsonb;
BEGIN
  FOR v_item IN SELECT e.value FROM jsonb_array_elements(p_items) WITH ORDINALITY AS e(value, i) ORDER BY e.i LOOP
    BEGIN
      v_r := wushe_post_donation(
        v_item->>'key', v_item->>'payloadHash', (v_item->>'now')::timestamptz,
        (v_item->>'donationId')::uuid, (v_item->>'txnId')::uuid, (v_item->>'fundId')::uuid, (v_item->>'campaignId')::uuid, (v_item->>'amount')::bigint,
        v_item->>'channel', v_item->>'channelRef', v_item->>'donorName', (v_item->>'isAnonymous')::boolean, v_item->>'message',
        (v_item->>'receivedAt')::timestamptz, (v_item->>'recordedBy')::uuid, v_item->>'memo', v_item->'result');
    EXCEPTION WHEN OTHERS THEN
      v_r := jsonb_build_object('error', SQLSTATE);
    END;
    v_out := v_out || jsonb_build_array(v_r);
  END LOOP;
  RETURN v_out;
END;
$$;
